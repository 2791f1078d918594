import { useEffect, useRef } from 'react';
import { GraphController } from '../graph/controller.ts';
import type { GraphElement } from '../model/elements.ts';
import { UI } from '../model/labels.ts';

interface Props {
  elements: readonly GraphElement[];
  focusKey: string | null;
  selectedKey: string | null;
  onSelect(key: string | null): void;
  /** Receives a function that fits the drawing to the view (for a button). */
  fitRef?: { current: (() => void) | null };
}

/** Mounts one GraphController on a div and feeds it. */
export function GraphCanvas({ elements, focusKey, selectedKey, onSelect, fitRef }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<GraphController | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const c = new GraphController(container.current!);
    controller.current = c;
    const off = c.onSelect((key) => onSelectRef.current(key));
    if (fitRef) fitRef.current = () => c.fit();
    return () => {
      off();
      if (fitRef) fitRef.current = null;
      c.destroy();
      controller.current = null;
    };
  }, [fitRef]);

  useEffect(() => {
    controller.current?.setGraph(elements, focusKey);
  }, [elements, focusKey]);

  useEffect(() => {
    controller.current?.select(selectedKey);
  }, [selectedKey, elements]);

  return <div ref={container} className="graph-canvas" data-testid="lineage-graph" role="img" aria-label={UI.graphLabel} />;
}
