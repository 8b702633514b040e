// The sigma.js renderer of a laid-out graph: labels for the bigger nodes only (all on hover),
// a hovered node's neighbourhood highlighted, clicks on nodes and edges handed to the view.
// After each render the positions of the listed nodes (`tracked`) are written on their
// elements as data-x/data-y (viewport pixels in the canvas): the legend beside the canvas,
// and tests that click a node where it is drawn, read them there.
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from './graph';

export interface NetworkCanvasProps {
  graph: NetworkGraph;
  onNodeClick: (node: string, attributes: NodeAttributes) => void;
  onEdgeClick: (edge: string, attributes: EdgeAttributes, source: string, target: string) => void;
  /** Elements of this container carrying data-node="KEY" get data-x/data-y after each render. */
  trackIn?: React.RefObject<HTMLElement | null>;
}

export default function NetworkCanvas({ graph, onNodeClick, onEdgeClick, trackIn }: NetworkCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  // The handlers change each render of the parent; sigma keeps the first ones it is given.
  const handlers = useRef({ onNodeClick, onEdgeClick });
  handlers.current = { onNodeClick, onEdgeClick };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let hovered: string | null = null;
    let neighbours = new Set<string>();
    const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'line',
      renderEdgeLabels: false,
      zIndex: true,
      // At 500 nodes only the bigger ones are labelled (zooming in labels more); hover labels any.
      labelRenderedSizeThreshold: graph.order > 60 ? 9 : 0,
      labelDensity: graph.order > 60 ? 0.5 : 1,
      labelSize: 12,
      labelFont: 'system-ui, sans-serif',
      labelColor: { color: '#1d2430' },
      minEdgeThickness: 0.6,
      stagePadding: 40,
      nodeReducer: (node, data) => {
        if (hovered === null) return data;
        if (node === hovered) return { ...data, highlighted: true, zIndex: 2 };
        if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
        return { ...data, color: '#d5dae2', label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (hovered === null) return data;
        return graph.hasExtremity(edge, hovered) ? { ...data, zIndex: 1 } : { ...data, hidden: true };
      },
    });

    const track = (): void => {
      const root = trackIn?.current;
      if (!root) return;
      for (const item of root.querySelectorAll<HTMLElement>('[data-node]')) {
        const key = item.dataset.node;
        if (!key || !graph.hasNode(key)) continue;
        const attributes = graph.getNodeAttributes(key);
        const point = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
        item.dataset.x = point.x.toFixed(1);
        item.dataset.y = point.y.toFixed(1);
      }
    };
    renderer.on('afterRender', track);

    const showTooltip = (text: string, x: number, y: number): void => {
      const tip = tooltip.current;
      if (!tip) return;
      tip.textContent = text;
      tip.style.left = `${x + 12}px`;
      tip.style.top = `${y + 12}px`;
      tip.hidden = false;
    };
    const hideTooltip = (): void => { if (tooltip.current) tooltip.current.hidden = true; };

    renderer.on('enterNode', ({ node, event }) => {
      hovered = node;
      neighbours = new Set(graph.neighbors(node));
      element.style.cursor = 'pointer';
      const a = graph.getNodeAttributes(node);
      showTooltip(`${a.label}: ${a.events} events, ${Math.round(a.conflict * 100)}% conflict`, event.x, event.y);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      hovered = null;
      neighbours = new Set();
      element.style.cursor = '';
      hideTooltip();
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('enterEdge', ({ edge, event }) => {
      element.style.cursor = 'pointer';
      showTooltip(graph.getEdgeAttribute(edge, 'label'), event.x, event.y);
    });
    renderer.on('leaveEdge', () => { element.style.cursor = ''; hideTooltip(); });
    renderer.on('clickNode', ({ node }) => handlers.current.onNodeClick(node, graph.getNodeAttributes(node)));
    renderer.on('clickEdge', ({ edge }) => {
      handlers.current.onEdgeClick(edge, graph.getEdgeAttributes(edge), graph.source(edge), graph.target(edge));
    });
    track();
    return () => { renderer.kill(); };
  }, [graph, trackIn]);

  return (
    <div className="network-canvas-wrap">
      <div ref={container} className="network-canvas" data-testid="network-canvas" data-nodes={graph.order} data-edges={graph.size} />
      <div ref={tooltip} className="network-tooltip" hidden />
    </div>
  );
}
