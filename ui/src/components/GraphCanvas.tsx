/**
 * Mounts one GraphController (the only Cytoscape user) on a div and feeds it elements and the
 * selection; hands the controller to the parent for fit, zoom and export buttons.
 */
import { useEffect, useRef } from 'react';
import { GraphController } from '../graph/controller.ts';
import type { GraphElement } from '../model/elements.ts';
import { useT } from './common.tsx';

interface Props {
  elements: readonly GraphElement[];
  focusKey: string | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onExpand(key: string): void;
  controllerRef: { current: GraphController | null };
}

export function GraphCanvas({ elements, focusKey, selectedId, onSelect, onExpand, controllerRef }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  useEffect(() => {
    const c = new GraphController(container.current!);
    controllerRef.current = c;
    const offSelect = c.onSelect((id) => handlers.current.onSelect(id));
    const offExpand = c.onExpand((key) => handlers.current.onExpand(key));
    return () => {
      offSelect();
      offExpand();
      controllerRef.current = null;
      c.destroy();
    };
  }, [controllerRef]);

  useEffect(() => {
    controllerRef.current?.setGraph(elements, focusKey);
  }, [elements, focusKey, controllerRef]);

  useEffect(() => {
    controllerRef.current?.select(selectedId);
  }, [selectedId, elements, controllerRef]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="lineage-graph"
      role="img"
      aria-label={`${t.graphLabel}. ${t.graphHelp}`}
    />
  );
}
