// A message that names codes, formats or keys (GB/T 2260, WGS-84, PNG, Esc): the translation marks
// them <code>…</code>, and they are rendered translate="no" so that they read as codes, not as
// untranslated words, in the Chinese UI (the language browser test exempts exactly these).
import { Trans } from 'react-i18next';

const CODE = { code: <span className="code" translate="no" /> };

export function CodedText({ i18nKey }: { i18nKey: string }) {
  return <Trans i18nKey={i18nKey} components={CODE} />;
}
