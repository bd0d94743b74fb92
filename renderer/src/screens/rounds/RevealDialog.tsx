import { Alert, Button, Group, List, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundBoard, RoundSummary, SelectionDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { useViewer } from '../../state/access';
import { useKnownStatus } from '../../state/app-status';
import { useMutation } from '../../data/use-mutation';

interface Props {
  round: RoundSummary;
  selection: SelectionDetail;
  onClose(): void;
  onDone(board: RoundBoard): void;
}

interface Errors {
  own?: string;
  second?: string;
  secondPassword?: string;
}

/**
 * Revealing identities is a two-person act: the one signed in (chair or secretary) types their
 * own password, picks the other role's person from the committee, and that person types theirs
 * in the same dialog. Main checks both; nothing changes if either is wrong.
 */
export function RevealDialog({ round, selection, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { session, lang } = useKnownStatus();
  const me = session;
  const otherRole = useViewer().revealPartner;
  const candidates = selection.members.filter((m) => m.role === otherRole && m.personId !== me?.personId);
  const [ownPassword, setOwnPassword] = useState('');
  const [secondId, setSecondId] = useState(candidates.length === 1 ? (candidates[0]?.personId ?? '') : '');
  const [secondPassword, setSecondPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [cleared, setCleared] = useState(false);
  const second = candidates.find((c) => c.personId === secondId) ?? null;

  const reveal = useMutation(async () => {
    try {
      onDone(await api.rounds.reveal({ roundId: round.id, password: ownPassword, secondPersonId: secondId, secondPassword }));
    } catch (e) {
      // Main does not say whose password failed: neither is kept on screen.
      setOwnPassword('');
      setSecondPassword('');
      setCleared(true);
      throw e;
    }
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const e: Errors = {};
    if (!ownPassword) e.own = t('rounds.reveal.passwordRequired');
    if (!secondId) e.second = t('rounds.reveal.pickError');
    if (!secondPassword) e.secondPassword = t('rounds.reveal.passwordRequired');
    setErrors(e);
    setCleared(false);
    if (Object.keys(e).length === 0) void reveal.run();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('rounds.reveal.title', { stage: round.stageName })}
      closeButtonProps={{ 'aria-label': t('rounds.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="reveal-dialog">
        <Stack gap="md">
          <Text size="sm">{t('rounds.reveal.intro')}</Text>
          <List size="sm" type="ordered" spacing={4}>
            <List.Item>{t('rounds.reveal.stepOwn', { name: me?.name ?? '' })}</List.Item>
            <List.Item>{t(`rounds.reveal.stepSecond.${otherRole}`)}</List.Item>
          </List>
          <SecretInput
            data-autofocus
            required
            label={t('rounds.reveal.ownPassword', { name: me?.name ?? '' })}
            value={ownPassword}
            onChange={(e) => setOwnPassword(e.currentTarget.value)}
            error={errors.own}
          />
          {candidates.length === 0 ? (
            <Alert color="orange" variant="light" title={t(`rounds.reveal.second.${otherRole}`)}>
              {t(`rounds.reveal.noSecond.${otherRole}`)}
            </Alert>
          ) : (
            <>
              <NativeSelect
                required
                label={t(`rounds.reveal.second.${otherRole}`)}
                value={secondId}
                onChange={(e) => setSecondId(e.currentTarget.value)}
                error={errors.second}
                data={[
                  ...(candidates.length > 1 ? [{ value: '', label: t('rounds.reveal.pick') }] : []),
                  ...candidates.map((c) => ({ value: c.personId, label: c.name })),
                ]}
              />
              <SecretInput
                required
                label={second ? t('rounds.reveal.secondPassword', { name: second.name }) : t('rounds.reveal.secondPasswordNone')}
                description={t('rounds.reveal.secondHint')}
                value={secondPassword}
                onChange={(e) => setSecondPassword(e.currentTarget.value)}
                error={errors.secondPassword}
              />
            </>
          )}
          <Text size="sm" c="dimmed">
            {t('rounds.reveal.recorded')}
          </Text>
          <ErrorAlert error={reveal.error} lang={lang} />
          {cleared && reveal.error !== null && (
            <Text size="sm" role="status">
              {t('rounds.reveal.cleared')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('rounds.cancel')}
            </Button>
            <BusyButton type="submit" busy={reveal.busy} busyLabel={t('rounds.reveal.busy')} disabled={candidates.length === 0}>
              {t('rounds.reveal.submit')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
