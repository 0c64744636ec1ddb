// Tests that an exemption badge is a button whose explanation opens on focus and hover, and closes with Escape without leaving the reader.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { lawEnforcement, personalInformation } from '../test-documents';
import ExemptionBadge from './ExemptionBadge.svelte';

function tooltipOf(button: HTMLElement): HTMLElement {
  const id = button.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  const tooltip = document.getElementById(id!);
  expect(tooltip).not.toBeNull();
  return tooltip!;
}

describe('ExemptionBadge', () => {
  it('is a button labelled with the provision and its name', () => {
    const { getByRole } = render(ExemptionBadge, { badge: personalInformation });
    const button = getByRole('button');
    expect(button.textContent).toContain('FOIA s40(2)');
    expect(button.textContent).toContain('Personal information');
  });

  it('shows the catalogue explanation when focused, and describes the button with it', async () => {
    const { getByRole } = render(ExemptionBadge, { badge: personalInformation });
    const button = getByRole('button');
    const tooltip = tooltipOf(button);
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.hidden).toBe(true);

    button.focus();
    await fireEvent.focus(button);
    expect(tooltip.hidden).toBe(false);
    const text = tooltip.textContent ?? '';
    expect(text).toContain('Personal information');
    expect(text).toContain('Freedom of Information Act 2000, section 40(2)');
    expect(text).toContain('Absolute in most cases');
    expect(text).not.toContain('public interest test applies');
    expect(text).toContain('Neither confirm nor deny: FOIA s40(5)');
    expect(text).toContain('Third-party personal data');
    expect(text).toContain('Cited as 40(2)(a)(b)&(3)(a)(i)');
    expect(text).toContain('section 40(2) of the Act applies to the names of officers');

    await fireEvent.blur(button);
    expect(tooltip.hidden).toBe(true);
  });

  it('says when the public interest test applies', async () => {
    const { getByRole } = render(ExemptionBadge, { badge: lawEnforcement });
    const button = getByRole('button');
    await fireEvent.focus(button);
    expect(tooltipOf(button).textContent).toContain('Qualified exemption; public interest test applies.');
  });

  it('opens on hover, and stays open while the pointer is over the tooltip itself', async () => {
    const { getByRole } = render(ExemptionBadge, { badge: personalInformation });
    const button = getByRole('button');
    const tooltip = tooltipOf(button);
    const wrapper = button.parentElement!;
    await fireEvent.mouseEnter(wrapper);
    expect(tooltip.hidden).toBe(false);
    expect(wrapper.contains(tooltip)).toBe(true);
    await fireEvent.mouseLeave(wrapper);
    expect(tooltip.hidden).toBe(true);
  });

  it('closes with Escape, marking that Escape handled so the reader does not also go back', async () => {
    const { getByRole } = render(ExemptionBadge, { badge: personalInformation });
    const button = getByRole('button');
    const tooltip = tooltipOf(button);
    const seen: boolean[] = [];
    const reader = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
    window.addEventListener('keydown', reader);
    try {
      await fireEvent.focus(button);
      await fireEvent.keyDown(button, { key: 'Escape' });
      expect(tooltip.hidden).toBe(true);
      // Once closed, Escape is the reader's again.
      await fireEvent.keyDown(button, { key: 'Escape' });
      expect(seen).toEqual([true, false]);
    } finally {
      window.removeEventListener('keydown', reader);
    }
  });

  it('closes a tooltip opened by hover with Escape pressed anywhere', async () => {
    const { getByRole } = render(ExemptionBadge, { badge: personalInformation });
    const button = getByRole('button');
    const tooltip = tooltipOf(button);
    await fireEvent.mouseEnter(button.parentElement!);
    expect(tooltip.hidden).toBe(false);
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(tooltip.hidden).toBe(true);
    // Leaving and coming back opens it again.
    await fireEvent.mouseLeave(button.parentElement!);
    await fireEvent.mouseEnter(button.parentElement!);
    expect(tooltip.hidden).toBe(false);
  });

  it('stays open after a click until focus moves on', async () => {
    const { getByRole } = render(ExemptionBadge, { badge: personalInformation });
    const button = getByRole('button');
    const tooltip = tooltipOf(button);
    await fireEvent.click(button);
    expect(tooltip.hidden).toBe(false);
    await fireEvent.blur(button);
    expect(tooltip.hidden).toBe(true);
  });

  it('shows a badge the catalogue does not know as its citation, and its quote as text', async () => {
    const { getByRole } = render(ExemptionBadge, {
      badge: {
        ...personalInformation,
        provision: '99',
        cited_as: '99',
        name: null,
        nature: null,
        ncnd_provision: null,
        note: null,
        quote: '<img src=x onerror=alert(1)>',
      },
    });
    const button = getByRole('button');
    expect(button.textContent).toBe('FOIA s99');
    await fireEvent.focus(button);
    const tooltip = tooltipOf(button);
    expect(tooltip.textContent).toContain('Not in the exemption catalogue');
    expect(tooltip.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
