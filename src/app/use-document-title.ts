// document.title names the view ("郑州市 · 汽车及零部件 — 河南产业集群地图"), so tabs, bookmarks and
// shared links read well.
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { pageTitle } from './slide-text';

export function useDocumentTitle(name: string | null, t: TFunction): void {
  const title = pageTitle(name, t);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
