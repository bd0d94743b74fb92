import { formatScore } from './display';
import type { Names } from './names';
import type { Bilingual, Reason, ReasonDetail } from './types';

function text(d: ReasonDetail, names: Names): Bilingual {
  switch (d.code) {
    case 'withdrawn':
      return { id: 'Pelamar mengundurkan diri.', en: 'The applicant withdrew.' };
    case 'stageNotScored': {
      const s = names.stage(d.stageId);
      return { id: `Tahap ${s} belum dinilai.`, en: `Stage ${s} has not been scored yet.` };
    }
    case 'gateUndecided': {
      const s = names.stage(d.stageId);
      return { id: `Belum ada keputusan MS/TMS pada tahap ${s}.`, en: `No MS/TMS decision yet at stage ${s}.` };
    }
    case 'gateNotMet': {
      const s = names.stage(d.stageId);
      const note = d.note.trim() ? `: ${d.note.trim()}` : '';
      return { id: `Tidak memenuhi syarat (TMS) pada tahap ${s}${note}.`, en: `Did not meet the requirements (TMS) at stage ${s}${note}.` };
    }
    case 'missingScores': {
      const s = names.stage(d.stageId);
      const c = names.criterion(d.stageId, d.criterionId);
      return { id: `${c} pada tahap ${s} belum dinilai oleh anggota mana pun.`, en: `${c} at stage ${s} has no score from any member.` };
    }
    case 'missingValue': {
      const s = names.stage(d.stageId);
      const c = names.criterion(d.stageId, d.criterionId);
      return { id: `Nilai ${c} pada tahap ${s} belum ada.`, en: `No value yet for ${c} at stage ${s}.` };
    }
    case 'belowMinimum': {
      const s = names.stage(d.stageId);
      const c = names.criterion(d.stageId, d.criterionId);
      return {
        id: `${c} pada tahap ${s}: ${formatScore(d.value, 'id')} di bawah nilai minimal ${formatScore(d.minimum, 'id')}.`,
        en: `${c} at stage ${s}: ${formatScore(d.value, 'en')} is below the minimum of ${formatScore(d.minimum, 'en')}.`,
      };
    }
    case 'belowThreshold': {
      const s = names.stage(d.stageId);
      return {
        id: `Nilai tahap ${s} ${formatScore(d.value, 'id')} di bawah ambang batas ${formatScore(d.threshold, 'id')}.`,
        en: `Stage ${s} score ${formatScore(d.value, 'en')} is below the threshold of ${formatScore(d.threshold, 'en')}.`,
      };
    }
    case 'eliminated': {
      const s = names.stage(d.stageId);
      const by = names.stage(d.byStageId);
      return {
        id: `Tidak mengikuti tahap ${s}: gugur pada tahap ${by} (sistem gugur).`,
        en: `Not eligible for stage ${s}: eliminated at stage ${by} (elimination stage).`,
      };
    }
  }
}

export function reason(detail: ReasonDetail, names: Names): Reason {
  return { ...detail, text: text(detail, names) };
}
