import type { Attachment } from '../../../shared/schemas/attachments';
import type { Secrecy } from '../../../shared/secrecy';
import { useT } from '../../i18n/index';
import { SelectField } from '../../ui/fields';
import { secrecyOptions } from '../../ui/secrecy-options';

interface Props {
  idPrefix: string;
  secrecy: Secrecy;
  onSecrecy(value: Secrecy): void;
  /** The item's files and the class chosen for each (saved with the form). */
  files: readonly Attachment[];
  fileSecrecy: Readonly<Record<string, Secrecy>>;
  onFileSecrecy(id: string, value: Secrecy): void;
}

/**
 * The item's class and each attachment's (issue 14): a document holding either takes the highest
 * class of what it holds, so the class is set where the matter is written, not per export.
 */
export function ItemSecrecyFields({ idPrefix, secrecy, onSecrecy, files, fileSecrecy, onFileSecrecy }: Props) {
  const t = useT();
  const options = secrecyOptions(t);
  return (
    <div className="row">
      <SelectField
        id={`${idPrefix}-secrecy`}
        label={t('secrecy.item')}
        hint={t('secrecy.itemHint')}
        value={secrecy}
        onChange={(v) => onSecrecy(v as Secrecy)}
        options={options}
        className="field--grow"
      />
      {files.map((f) => (
        <SelectField
          key={f.id}
          id={`${idPrefix}-file-${f.id}-secrecy`}
          label={t('secrecy.attachment', { name: f.fileName })}
          value={fileSecrecy[f.id] ?? f.secrecy}
          onChange={(v) => onFileSecrecy(f.id, v as Secrecy)}
          options={options}
          className="field--grow"
        />
      ))}
    </div>
  );
}
