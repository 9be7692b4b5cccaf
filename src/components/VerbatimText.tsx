// A sentence that may quote the plan: its “…” Chinese quotes are marked as the plan's words.
import { Fragment } from 'react';
import { verbatimSegments } from '../model/verbatim-segments';

export function VerbatimText({ text }: { text: string }) {
  return (
    <>
      {verbatimSegments(text).map((segment, index) => segment.verbatim
        ? <span key={index} lang="zh-CN" data-verbatim="">{segment.text}</span>
        : <Fragment key={index}>{segment.text}</Fragment>)}
    </>
  );
}
