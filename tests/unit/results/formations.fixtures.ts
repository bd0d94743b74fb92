import { cpnsFormationRules } from '../../../shared/results/formations/defaults';
import type {
  ComponentValue,
  Formation,
  FormationApplicant,
  FormationInput,
  FormationRules,
} from '../../../shared/results/formations/types';
import { criterionCoded, stageNamed, template } from './fixtures';

/** Plain builders for the formation tests (no test-runner imports). */

export const cpnsSetup = template('cpns');
export const adm = stageNamed(cpnsSetup, 'Seleksi administrasi');
export const skd = stageNamed(cpnsSetup, 'SKD');
export const skb = stageNamed(cpnsSetup, 'SKB');
export const [twk, tiu, tkp] = [criterionCoded(skd, 'TWK'), criterionCoded(skd, 'TIU'), criterionCoded(skd, 'TKP')];
export const skbC = criterionCoded(skb, 'SKB');
export const cpnsRules: FormationRules = cpnsFormationRules(cpnsSetup, skd.id);
export const allHeld = [adm.id, skd.id, skb.id];

export function formation(id: string, extra: Partial<Formation> = {}): Formation {
  return {
    id,
    jabatan: 'Analis Kebijakan Ahli Pertama',
    lokasi: 'Jakarta',
    jenis: 'UMUM',
    pendidikan: '',
    kebutuhan: 1,
    proposePerPlace: 1,
    ...extra,
  };
}

export function applicant(id: string, formationId: string, extra: Partial<FormationApplicant> = {}): FormationApplicant {
  return {
    id,
    formationId,
    gpa: null,
    birthDate: null,
    gates: {},
    values: {},
    withdrawal: null,
    priorityGroup: null,
    attributes: [],
    ...extra,
  };
}

type Skd = [ComponentValue, ComponentValue, ComponentValue] | 'TH' | null;

/**
 * A CPNS applicant: MS at administration (unless `tms`), SKD as [TWK, TIU, TKP] ('TH' for all
 * three, null for no value), SKB one value ('TH', or null for none).
 */
export function cpns(
  id: string,
  formationId: string,
  sk: Skd,
  sb: ComponentValue | null,
  extra: Partial<FormationApplicant> & { tms?: boolean } = {},
): FormationApplicant {
  const { tms, ...rest } = extra;
  const values: Record<string, Record<string, ComponentValue>> = {};
  if (sk === 'TH') values[skd.id] = { [twk.id]: 'TH', [tiu.id]: 'TH', [tkp.id]: 'TH' };
  else if (sk !== null) values[skd.id] = { [twk.id]: sk[0], [tiu.id]: sk[1], [tkp.id]: sk[2] };
  if (sb !== null) values[skb.id] = { [skbC.id]: sb };
  return applicant(id, formationId, { gates: { [adm.id]: tms ? 'TMS' : 'MS' }, values, ...rest });
}

export function cpnsInput(formations: Formation[], applicants: FormationApplicant[], extra: Partial<FormationInput> = {}): FormationInput {
  return { rules: cpnsRules, formations, applicants, held: allHeld, ...extra };
}
