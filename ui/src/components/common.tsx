/**
 * What every view shares: the current language's messages, a request hook with explicit
 * loading/failure states, the status line that shows them, and file downloads.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { documentFacts } from '../model/facts.ts';
import { VI, type Messages } from '../model/i18n.ts';
import { failed, idle, loading, ready, type DocumentSummary, type Remote } from '../model/types.ts';

/** The messages of the page's language. */
export const MessagesContext = createContext<Messages>(VI);

/** The messages of the page's language. */
export function useT(): Messages {
  return useContext(MessagesContext);
}

/**
 * Runs `request` whenever `deps` change (and on `retry()`), aborting the previous run; null
 * `request` means nothing to ask (idle). Failures become an error state with the API's message:
 * none is swallowed, and an aborted run never overwrites a newer one.
 */
export function useRemote<T>(request: ((signal: AbortSignal) => Promise<T>) | null, deps: readonly unknown[]): [Remote<T>, () => void] {
  const [state, setState] = useState<Remote<T>>(idle);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!request) {
      setState(idle);
      return;
    }
    const controller = new AbortController();
    setState(loading);
    request(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState(ready(data));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState(failed(error));
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

/**
 * The state of a request in words: a polite "loading" line, the error with a retry button
 * (role alert), or `empty` when the answer has nothing to show. Nothing for a ready answer.
 */
export function Status<T>({
  remote,
  loadingText,
  errorPrefix,
  onRetry,
  isEmpty,
  empty,
  className = 'status',
}: {
  remote: Remote<T>;
  loadingText?: string;
  errorPrefix?: string;
  onRetry?(): void;
  isEmpty?(data: T): boolean;
  empty?: ReactNode;
  className?: string;
}) {
  const t = useT();
  switch (remote.status) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <p className={className} role="status">
          {loadingText ?? t.loading}
        </p>
      );
    case 'error':
      return (
        <div className={`${className} error`} role="alert">
          {errorPrefix ?? t.errorPrefix}
          <span className="error-message">{remote.message}</span>{' '}
          {onRetry ? (
            <button type="button" onClick={onRetry}>
              {t.retry}
            </button>
          ) : null}
        </div>
      );
    case 'ready':
      return isEmpty?.(remote.data) ? (
        <p className={className} role="status">
          {empty}
        </p>
      ) : null;
  }
}

/** Saves `data` as a file called `name` through a temporary link. */
export function download(data: Blob | string, name: string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A document's facts as a definition list; its source file too when it has one. */
export function Facts({ doc }: { doc: DocumentSummary & { file?: string | null } }) {
  const t = useT();
  return (
    <dl className="facts">
      {documentFacts(doc, t.lang).map((f) => (
        <div key={f.field} className={`fact fact-${f.field}`}>
          <dt>{f.label}</dt>
          <dd>{f.value || '—'}</dd>
        </div>
      ))}
      {doc.file ? (
        <div className="fact fact-file">
          <dt>{t.sourceFile}</dt>
          <dd>
            <code>{doc.file}</code>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
