import { useId, type ReactNode } from 'react';

/** One part of a plan editor: a heading, what the law asks for (with its citation), and the fields. */
export function EditorSection(props: { title: string; intro?: string; citation?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="editor-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.title}</h3>
      {props.intro === undefined && props.citation === undefined ? null : (
        <p className="hint">
          {props.intro}
          {props.citation === undefined ? null : (
            <>
              {' '}
              <span className="citation">({props.citation})</span>
            </>
          )}
        </p>
      )}
      {props.children}
    </section>
  );
}
