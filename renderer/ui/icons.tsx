/*
 * Small line icons drawn inline: emoji glyphs (📎 🔒) depend on an emoji font that office machines
 * and headless browsers often lack, and show as empty boxes there.
 */

const common = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function PaperclipIcon() {
  return (
    <svg {...common} aria-hidden="true" focusable="false" className="icon">
      <path d="M21.4 11.1 12.2 20.3a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg {...common} width={20} height={20} aria-hidden="true" focusable="false" className="icon">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}

/** Six dots: "grab here". */
export function GripIcon() {
  return (
    <svg width={12} height={18} viewBox="0 0 12 18" aria-hidden="true" focusable="false" className="icon" fill="currentColor">
      {[3, 9].flatMap((x) => [3, 9, 15].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.6} />))}
    </svg>
  );
}
