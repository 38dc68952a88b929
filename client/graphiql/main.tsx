/**
 * GraphiQL, bundled and served by the project at /graphiql: Apollo's landing page loads from a
 * CDN, which users behind restrictive networks cannot reach.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const EXAMPLE = `# 产业集群图谱 GraphQL — examples 示例
# 微型车的合作伙伴 · partners of the mini car
query Partners {
  partners(productId: "product:minicar", first: 10) {
    role
    score
    reason
    node { id name nameEn }
  }
}

# 哈工大 → 哈飞汽车 的合作路径 · cooperation paths
query Paths {
  paths(from: "institution:hit", to: "enterprise:hafei-auto", lens: ALL, maxHops: 4) {
    length
    nodes { name }
    edges { type status }
  }
}

# 汽车集群的缺口 · gaps of the auto cluster
query Gaps {
  gaps(clusterId: "cluster:auto") {
    kind
    severity
    explanation
    product { name }
    suggestedPartners { role node { name } }
  }
}

# 搜索（汉字、拼音、首字母、英文）· search
query Search {
  search(text: "hfqc") { id name nameEn kind }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
const root = document.getElementById('graphiql');
if (root)
  createRoot(root).render(
    createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE, defaultEditorToolsVisibility: true }),
  );
