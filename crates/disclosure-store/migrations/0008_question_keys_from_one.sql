-- An unlabelled question's key counted its position from 0 in threads ('#0') but from 1 in flags
-- and outcome corrections ('#1'). Threads now count from 1 like the rest. Keys move through a
-- temporary '#~' spelling so that no two rows of one letter ever hold the same key mid-update.
UPDATE thread_member SET question_key = '#~' || (CAST(substr(question_key, 2) AS INTEGER) + 1)
 WHERE question_key GLOB '#[0-9]*' AND substr(question_key, 2) NOT GLOB '*[^0-9]*';
UPDATE thread_member SET question_key = '#' || substr(question_key, 3) WHERE question_key GLOB '#~*';
UPDATE thread_exclusion SET question_key = '#~' || (CAST(substr(question_key, 2) AS INTEGER) + 1)
 WHERE question_key GLOB '#[0-9]*' AND substr(question_key, 2) NOT GLOB '*[^0-9]*';
UPDATE thread_exclusion SET question_key = '#' || substr(question_key, 3) WHERE question_key GLOB '#~*';
