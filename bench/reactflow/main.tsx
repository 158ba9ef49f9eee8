// The benchmark's peer: the same England graph as the app's canvas, drawn by React Flow with its
// large-graph setting (onlyRenderVisibleElements), driven by the same drag and pan.
import { ReactFlow, ReactFlowProvider, useReactFlow, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { englandSample } from '../../shared/samples/england/englandSample';
import { ClusterNode, CcgNode, HubNode, OrgNode } from './FlowNodes';
import { flowGraph } from './flowGraph';
import './reactflow.css';

const params = new URLSearchParams(location.search);
const seed = Number(params.get('seed') ?? 2013);
const ccgs = Number(params.get('ccgs') ?? 211);
// Where the app's canvas sits in the same window, so both show the same part of the graph.
const frame = {
  left: Number(params.get('left') ?? 0),
  top: Number(params.get('top') ?? 0),
  width: params.get('width') ? `${params.get('width')}px` : '100vw',
  height: params.get('height') ? `${params.get('height')}px` : '100vh',
};
const nodeTypes = { ccg: CcgNode, org: OrgNode, hub: HubNode, cluster: ClusterNode };

/** Lets the harness set and read the camera, as it does the app's. */
function CameraBridge() {
  const flow = useReactFlow();
  useEffect(() => {
    Object.assign(window, {
      __benchFlow: {
        setViewport: (v: Viewport) => flow.setViewport(v),
        getViewport: () => flow.getViewport(),
      },
    });
  }, [flow]);
  return null;
}

function Peer() {
  const graph = useMemo(() => flowGraph(englandSample({ seed, ccgs })), []);
  return (
    <ReactFlowProvider>
      <div
        style={{
          position: 'absolute',
          left: frame.left,
          top: frame.top,
          width: frame.width,
          height: frame.height,
        }}
      >
        <ReactFlow
          defaultNodes={graph.nodes}
          defaultEdges={graph.edges}
          nodeTypes={nodeTypes}
          onlyRenderVisibleElements
          fitView
          minZoom={0.1}
          maxZoom={4}
          proOptions={{ hideAttribution: true }}
        />
        <CameraBridge />
      </div>
    </ReactFlowProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Peer />);
