import type { Args, Result } from '../../../shared/contract';
import type { Attachment } from '../../../shared/schemas/attachments';
import { secrecyLabels } from '../../../shared/schemas/document-settings';
import { documentSecrecy, type Secrecy } from '../../../shared/secrecy';
import type { ApiClient } from '../../api/client';
import { useT } from '../../i18n/index';
import { deliverFile } from '../../lib/download';
import type { ExportArgs } from '../../lib/export-document';
import type { MeetingDetail } from '../../state/types';
import { TextArea, TextField } from '../../ui/fields';

/** The class the core will print on this export (shared/secrecy.ts documentSecrecy). */
export const expectedSecrecy = (kind: ExportArgs['kind'], meeting: MeetingDetail, files: readonly Attachment[], chosen: Secrecy | null | undefined): Secrecy =>
  documentSecrecy(kind, meeting, files, chosen);

export interface CopiesChoice {
  copies: string;
  recipients: string;
}

/** Numbered copies asked for: how many, and whom each goes to, one name a line in copy order. */
export function SecretCopiesFields({ secrecy, value, onChange }: { secrecy: Secrecy; value: CopiesChoice; onChange(next: CopiesChoice): void }) {
  const t = useT();
  return (
    <fieldset className="subform" data-testid="secret-copies">
      <legend className="subform__title">{t('secrecy.copies.legend')}</legend>
      <p className="field__hint">{t('secrecy.copies.note', { label: secrecyLabels[secrecy] })}</p>
      <div className="row">
        <TextField id="export-copies" label={t('secrecy.copies.count')} inputMode="numeric" value={value.copies} onChange={(copies) => onChange({ ...value, copies })} />
        <TextArea
          id="export-recipients"
          label={t('secrecy.copies.recipients')}
          value={value.recipients}
          onChange={(recipients) => onChange({ ...value, recipients })}
          rows={3}
          className="field--grow"
        />
      </div>
    </fieldset>
  );
}

/** The arguments of `documents.exportCopies` from the dialog's choices; the core checks the numbers. */
export function copiesArgs(
  args: Pick<ExportArgs, 'meetingId' | 'format' | 'settings'> & { kind: Args<'documents.exportCopies'>['kind'] }, choice: CopiesChoice, confirmTopSecret: boolean,
): Args<'documents.exportCopies'> {
  const recipients = choice.recipients.split('\n').map((s) => s.trim()).filter(Boolean);
  const copies = choice.copies.trim() ? Number(choice.copies) : recipients.length || 1;
  return {
    meetingId: args.meetingId, kind: args.kind, format: args.format, copies, recipients,
    ...(args.settings ? { settings: args.settings } : {}), ...(confirmTopSecret ? { confirmTopSecret } : {}),
  };
}

/** Every numbered copy handed to the officer as its own download. */
export async function exportCopies(client: ApiClient, args: Args<'documents.exportCopies'>): Promise<Result<'documents.exportCopies'>> {
  const result = await client.call('documents.exportCopies', args);
  for (const file of result.files) deliverFile(file);
  return result;
}
