import { Card, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationConfig, QuorumRule } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';
import { quorumRuleText } from './quorum-text';

type Kind = QuorumRule['kind'];
const kinds: Kind[] = ['moreThanHalf', 'twoThirds', 'all', 'atLeast'];

/** The selection's quorum rule and objection period: the chair sets them, others read. */
export function ConfigSection({
  selectionId,
  config,
  canEdit,
  onSaved,
}: {
  selectionId: string;
  config: DeliberationConfig;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [kind, setKind] = useState<Kind>(config.quorumRule.kind);
  const [count, setCount] = useState<number>(config.quorumRule.kind === 'atLeast' ? config.quorumRule.count : 3);
  const [days, setDays] = useState<number>(config.objectionDays);
  const [saved, setSaved] = useState(false);
  const save = useMutation(async () => {
    const quorumRule: QuorumRule = kind === 'atLeast' ? { kind, count } : { kind };
    await api.deliberation.setConfig({ selectionId, quorumRule, objectionDays: days });
    setSaved(true);
    onSaved();
  });
  return (
    <Card withBorder component="section" aria-labelledby="config-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="config-heading">
          {t('deliberation.config.heading')}
        </Title>
        <Text size="sm">
          {t('deliberation.config.summary', { rule: quorumRuleText(t, config.quorumRule), days: config.objectionDays })}
        </Text>
        {canEdit && (
          <>
            <Group align="flex-end" wrap="wrap">
              <NativeSelect
                label={t('deliberation.config.quorum')}
                data={kinds.map((k) => ({
                  value: k,
                  label: k === 'atLeast' ? t('deliberation.config.rule.atLeast', { count }) : t(`deliberation.config.rule.${k}`),
                }))}
                value={kind}
                onChange={(e) => setKind(kinds.find((k) => k === e.currentTarget.value) ?? 'moreThanHalf')}
                w={420}
              />
              {kind === 'atLeast' && (
                <NumberInput
                  label={t('deliberation.config.atLeastCount')}
                  min={1}
                  max={100}
                  value={count}
                  onChange={(v) => setCount(Number(v) || 1)}
                  w={160}
                />
              )}
              <NumberInput
                label={t('deliberation.config.objectionDays')}
                min={1}
                max={60}
                value={days}
                onChange={(v) => setDays(Number(v) || 1)}
                w={180}
              />
              <BusyButton variant="default" busy={save.busy} busyLabel={t('deliberation.config.saveBusy')} onClick={() => void save.run()}>
                {t('deliberation.config.save')}
              </BusyButton>
            </Group>
            {saved && (
              <Text size="sm" role="status">
                {t('deliberation.config.saved')}
              </Text>
            )}
            <ErrorAlert error={save.error} lang={lang} />
          </>
        )}
      </Stack>
    </Card>
  );
}
