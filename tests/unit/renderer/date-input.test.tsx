// @vitest-environment happy-dom
// What an officer sees while typing a date (issue 8): a year no meeting can have is refused with the
// range, a malformed date with the format, a Gregorian year converted with a note; the field says so
// to a screen reader too (aria-invalid, the message as its description).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateInput } from '../../../renderer/ui/date-input';

afterEach(cleanup);

function Typed({ initial = '' }: { initial?: string }) {
  const [text, setText] = useState(initial);
  const [iso, setIso] = useState<string | null>(null);
  return (
    <>
      <DateInput id="d" label="วันที่ประชุม" value={text} onChange={(t, i) => { setText(t); setIso(i); }} />
      <output data-testid="iso">{iso ?? 'none'}</output>
    </>
  );
}

function typeAndLeave(text: string) {
  const input = screen.getByLabelText(/วันที่ประชุม/);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
  return input;
}

const descriptionOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

describe('a date typed by an officer', () => {
  it('refuses a year out of range with the range, and means no date', () => {
    render(<Typed />);
    const input = typeAndLeave('1/1/2900');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(input)).toContain('ปีที่พิมพ์อยู่นอกช่วงที่เป็นไปได้ (พ.ศ. 2500–2700)');
    expect(screen.getByTestId('iso').textContent).toBe('none');
  });

  it('refuses a day that does not exist with the format to type', () => {
    render(<Typed />);
    const input = typeAndLeave('31/2/2569');
    expect(descriptionOf(input)).toContain('กรุณาพิมพ์แบบ วว/ดด/ปปปป (พ.ศ.)');
    expect(screen.getByTestId('iso').textContent).toBe('none');
  });

  it('reads a Gregorian year as such and says what it saved', () => {
    render(<Typed />);
    const input = typeAndLeave('24/3/2025');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(input)).toContain('อ่านปี 2025 เป็น ค.ศ. จึงบันทึกเป็น พ.ศ. 2568');
    expect(screen.getByTestId('iso').textContent).toBe('2025-03-24');
  });

  it('shows a good date back in words', () => {
    render(<Typed />);
    const input = typeAndLeave('25/11/2569');
    expect(descriptionOf(input)).toContain('25 พฤศจิกายน 2569');
    expect(screen.getByTestId('iso').textContent).toBe('2026-11-25');
  });
});
