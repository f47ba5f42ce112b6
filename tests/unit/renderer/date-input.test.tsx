// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateInput } from '../../../renderer/ui/date-input';
import { TimeInput } from '../../../renderer/ui/time-input';
import './render';

function Harness({ onValue }: { onValue(iso: string | null): void }) {
  const [text, setText] = useState('');
  return (
    <DateInput
      id="d"
      label="วันที่ประชุม"
      value={text}
      onChange={(next, iso) => {
        setText(next);
        onValue(iso);
      }}
    />
  );
}

describe('DateInput', () => {
  it('accepts 25/11/2569 and reads it back as a long Thai date', () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    const input = screen.getByLabelText('วันที่ประชุม');
    fireEvent.change(input, { target: { value: '25/11/2569' } });
    fireEvent.blur(input);
    expect(onValue).toHaveBeenLastCalledWith('2026-11-25');
    expect(screen.getByText('วันพุธที่ 25 พฤศจิกายน 2569')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows an error for 31/02/2569 once the field is left', () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    const input = screen.getByLabelText('วันที่ประชุม');
    fireEvent.change(input, { target: { value: '31/02/2569' } });
    // Not while typing…
    expect(screen.queryByText(/วันที่ไม่ถูกต้อง/)).toBeNull();
    fireEvent.blur(input);
    // …but once the officer moves on.
    expect(screen.getByText(/วันที่ไม่ถูกต้อง/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('d-error');
    expect(onValue).toHaveBeenLastCalledWith(null);
  });

  it('takes Thai digits too', () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    fireEvent.change(screen.getByLabelText('วันที่ประชุม'), { target: { value: '๒๕/๑๑/๒๕๖๙' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-11-25');
  });
});

describe('TimeInput', () => {
  it('accepts 9.30 and shows 09.30 น.', () => {
    const onChange = vi.fn();
    render(<TimeInput id="t" label="เวลาเริ่มประชุม" value="9.30" onChange={onChange} />);
    expect(screen.getByText('09.30 น.')).toBeTruthy();
  });

  it('refuses 25.00 after leaving the field', () => {
    render(<TimeInput id="t" label="เวลาเริ่มประชุม" value="25.00" onChange={() => {}} />);
    fireEvent.blur(screen.getByLabelText('เวลาเริ่มประชุม'));
    expect(screen.getByText(/เวลาไม่ถูกต้อง/)).toBeTruthy();
  });
});
