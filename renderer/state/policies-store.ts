import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Args, Method, Result } from '../../shared/contract';
import type { PolicyDetail, PolicySummary, StageTemplate } from '../../shared/schemas/policies';
import type { ApiClient } from '../api/client';
import { errorMessage } from '../api/client';
import { useApi } from './app-context';
import type { LoadStatus } from './types';

export type { PolicyDetail, PolicySummary, StageTemplate };

/** The methods that change one policy and answer it as it now is. */
export type PolicyChange =
  | 'policies.update' | 'policies.moveStage' | 'policies.linkItem' | 'policies.addQuestion' | 'policies.updateQuestion'
  | 'policies.addPosition' | 'policies.addMilestone' | 'policies.addIndicator' | 'policies.addIndicatorValue'
  | 'policies.updateMilestone' | 'policies.removeMilestone' | 'policies.updatePosition' | 'policies.removePosition'
  | 'policies.removeIndicatorValue';

/**
 * Policies and legislation followed across meetings: the list, the stage templates, and the one
 * policy on screen. Every change goes to the core, which answers the policy as it now is.
 */
export interface PoliciesState {
  list: PolicySummary[];
  templates: StageTemplate[];
  status: LoadStatus;
  error: string | null;
  detail: PolicyDetail | null;
  detailStatus: LoadStatus;
  detailError: string | null;
  load(): Promise<void>;
  loadDetail(id: string): Promise<void>;
  create(input: Args<'policies.create'>): Promise<PolicyDetail>;
  /** Runs a change; the refusal reaches the caller's form. */
  change<M extends PolicyChange>(method: M, args: Args<M>): Promise<PolicyDetail>;
  /** Creates a stage template; the refusal reaches the caller's form. */
  createTemplate(input: Args<'stageTemplates.create'>): Promise<StageTemplate>;
  /** Saves a template (its stages as the whole new ordered list); the refusal reaches the caller's form. */
  updateTemplate(patch: Args<'stageTemplates.update'>): Promise<StageTemplate>;
}

export function createPoliciesStore(client: ApiClient): StoreApi<PoliciesState> {
  return createStore<PoliciesState>((set, get) => {
    /** Keep the list and the page in step with the policy the core answered. */
    function keep(policy: PolicyDetail) {
      const summary: PolicySummary = {
        id: policy.id, kind: policy.kind, titleTh: policy.titleTh, shortTitle: policy.shortTitle, ownerOrgId: policy.ownerOrgId,
        templateId: policy.templateId, currentStageId: policy.currentStageId, currentStage: policy.currentStage,
        lastMovedOn: policy.lastMovedOn, updatedAt: policy.updatedAt,
      };
      const list = get().list.some((p) => p.id === policy.id) ? get().list.map((p) => (p.id === policy.id ? summary : p)) : [...get().list, summary];
      set({ list, ...(get().detail?.id === policy.id ? { detail: policy } : {}) });
    }
    return {
      list: [],
      templates: [],
      status: 'idle',
      error: null,
      detail: null,
      detailStatus: 'idle',
      detailError: null,
      async load() {
        set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
        try {
          const [list, templates] = await Promise.all([client.call('policies.list', {}), client.call('stageTemplates.list', {})]);
          set({ list, templates, status: 'ready' });
        } catch (e) {
          set({ status: 'error', error: errorMessage(e) });
        }
      },
      async loadDetail(id) {
        const same = get().detail?.id === id;
        set({ detailStatus: same ? 'ready' : 'loading', detailError: null, ...(same ? {} : { detail: null }) });
        try {
          const [detail, templates] = await Promise.all([
            client.call('policies.get', { id }),
            get().templates.length ? Promise.resolve(get().templates) : client.call('stageTemplates.list', {}),
          ]);
          set({ detail, templates, detailStatus: 'ready' });
        } catch (e) {
          set({ detailStatus: 'error', detailError: errorMessage(e) });
        }
      },
      async create(input) {
        const policy = await client.call('policies.create', input);
        keep(policy);
        return policy;
      },
      async change(method, args) {
        const policy = (await client.call(method as Method, args as Args<Method>)) as Result<PolicyChange>;
        keep(policy);
        return policy;
      },
      async createTemplate(input) {
        const template = await client.call('stageTemplates.create', input);
        set({ templates: [...get().templates, template] });
        return template;
      },
      async updateTemplate(patch) {
        const template = await client.call('stageTemplates.update', patch);
        set({ templates: get().templates.map((t) => (t.id === template.id ? template : t)) });
        return template;
      },
    };
  });
}

// One store per api client: the app has one; each test has its own fake client.
const stores = new WeakMap<ApiClient, StoreApi<PoliciesState>>();
export function policiesStoreOf(client: ApiClient): StoreApi<PoliciesState> {
  let store = stores.get(client);
  if (!store) {
    store = createPoliciesStore(client);
    stores.set(client, store);
  }
  return store;
}

export function usePoliciesStore(): StoreApi<PoliciesState> {
  return policiesStoreOf(useApi());
}
export const usePolicies = <T,>(select: (s: PoliciesState) => T): T => useStore(usePoliciesStore(), select);

/** The template's stages in order; the current one's index. */
export function stagesOf(templates: readonly StageTemplate[], templateId: string | null) {
  const template = templates.find((t) => t.id === templateId);
  return template ? [...template.stages].sort((a, b) => a.position - b.position) : [];
}

/** The stage after `currentStageId`, skipping the ends that are not progress (lapsed, withdrawn). */
export function nextStageOf(templates: readonly StageTemplate[], policy: Pick<PolicySummary, 'templateId' | 'currentStageId'>) {
  const stages = stagesOf(templates, policy.templateId);
  const current = stages.find((s) => s.id === policy.currentStageId);
  return stages.find((s) => (current ? s.position > current.position : true) && s.terminal !== 'lapsed' && s.terminal !== 'withdrawn') ?? null;
}
