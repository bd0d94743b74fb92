import { Card, Group, NumberInput, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AggregationMethod, ResultOptions } from '../../../../shared/results/types';
import type { StageInputsOverview } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Props {
  selectionId: string;
  overview: StageInputsOverview;
  canEdit: boolean;
  onChanged(): void;
}

const methods: AggregationMethod[] = ['mean', 'median', 'trimmed'];

/** The result options of the selection; the disagreement limit is shown as a percentage of the scale's range. */
export function OptionsCard({ selectionId, overview, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [draft, setDraft] = useState<ResultOptions>(overview.options);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(overview.options), [overview.options]);
  const save = useMutation(async () => {
    const r = await api.stageInputs.setOptions({ selectionId, options: draft });
    setSaved(true);
    onChanged();
    return r;
  });
  const set = (patch: Partial<ResultOptions>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const percent = Math.round(draft.disagreementFraction * 10000) / 100;
  const changed = JSON.stringify(draft) !== JSON.stringify(overview.options);
  const decimal = lang === 'id' ? ',' : '.';

  return (
    <Card withBorder padding="md" data-testid="options-card">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('inputs.options.title')}
          </Title>
          <Text size="sm">{t('inputs.options.intro')}</Text>
          {!overview.optionsChosen && (
            <Text size="sm" c="dimmed">
              {t('inputs.options.defaults')}
            </Text>
          )}
        </Stack>
        <Radio.Group
          label={t('inputs.options.method')}
          value={draft.method}
          onChange={(v) => set({ method: methods.find((m) => m === v) ?? 'mean' })}
        >
          <Stack gap={6} mt={6}>
            {methods.map((m) => (
              <Radio key={m} value={m} label={t(`inputs.options.${m}`)} disabled={!canEdit} />
            ))}
          </Stack>
        </Radio.Group>
        <Switch
          label={t('inputs.options.standardise')}
          description={t('inputs.options.standardiseHelp')}
          checked={draft.standardise}
          disabled={!canEdit}
          onChange={(e) => set({ standardise: e.currentTarget.checked })}
        />
        <Group gap="lg" align="flex-start">
          <NumberInput
            label={t('inputs.options.minScorers')}
            description={t('inputs.options.minScorersHelp')}
            value={draft.minScorers}
            min={1}
            max={50}
            allowDecimal={false}
            disabled={!canEdit}
            onChange={(v) => typeof v === 'number' && set({ minScorers: v })}
            w={260}
          />
          <NumberInput
            label={t('inputs.options.disagreement')}
            description={t('inputs.options.disagreementHelp')}
            value={percent}
            min={1}
            max={100}
            decimalScale={2}
            decimalSeparator={decimal}
            disabled={!canEdit}
            onChange={(v) => typeof v === 'number' && v > 0 && v <= 100 && set({ disagreementFraction: v / 100 })}
            w={320}
          />
        </Group>
        <ErrorAlert error={save.error} lang={lang} />
        {canEdit && (
          <Group justify="flex-end" gap="sm">
            {saved && !changed && (
              <Text size="sm" c="teal.9" role="status">
                {t('inputs.options.saved')}
              </Text>
            )}
            <BusyButton
              busy={save.busy}
              busyLabel={t('inputs.options.saving')}
              disabled={!changed}
              onClick={() => void save.run()}
              data-testid="options-save"
            >
              {t('inputs.options.save')}
            </BusyButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
