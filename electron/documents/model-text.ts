import type { DocumentModel } from './model';

/** A document as plain lines, one paragraph or row per line: for comparing versions of minutes. */
export function modelText(model: DocumentModel): string[] {
  const lines = [...model.titleLines];
  for (const block of model.blocks) {
    switch (block.type) {
      case 'paragraph':
        lines.push(block.lead ? `${block.lead} ${block.text}` : block.text);
        break;
      case 'list':
        for (const item of block.items) lines.push(`${item.marker} ${item.text}`);
        break;
      case 'people':
        for (const r of block.rows) lines.push([r.marker, r.name, r.detail, r.role].filter(Boolean).join(' '));
        break;
      case 'table':
        lines.push(block.columns.map((c) => c.title).join(' | '));
        for (const row of block.rows) lines.push(row.join(' | '));
        break;
      case 'signature':
        lines.push(`${block.role}: ${block.name} ${block.position}`.trim());
        break;
      case 'columns':
        lines.push(...block.left, ...block.right);
        break;
      case 'pageBreak':
        break;
    }
  }
  return lines;
}
