//! End to end: flag a passage as withheld, then find it in the exemption register and its exported schedule.
