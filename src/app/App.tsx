// Top level: load the data, then hand over to the atlas; a failed load or missing WebGL is a message.
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { AtlasApp } from './AtlasApp';
import { UpdateNotice } from './UpdateNotice';
import { useAtlas } from './use-atlas';

function LoadStatus() {
  const { t } = useTranslation();
  const atlas = useAtlas();
  if (atlas.status === 'loading') return <div className="screen-message" role="status">{t('app.loading')}</div>;
  if (atlas.status === 'failed') {
    return (
      <div className="screen-message" role="alert">
        <h1>{t('app.loadFailed')}</h1>
        <p>{t('app.loadFailedHint', { detail: atlas.message })}</p>
        <button type="button" onClick={atlas.retry}>{t('app.retry')}</button>
      </div>
    );
  }
  return <AtlasApp atlas={atlas.atlas} />;
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <LoadStatus />
      <UpdateNotice />
    </I18nextProvider>
  );
}
