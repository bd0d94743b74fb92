import type { Messages } from './id';

import { deliberationEn } from './deliberation.en';
import { documentsEn } from './documents.en';
import { inputsEn } from './inputs.en';
import { resultsEn } from './results.en';
import { deskEn } from './desk.en';
import { peopleEn } from './people.en';
import { roundsEn } from './rounds.en';
import { setupEn } from './setup.en';

export const en: Messages = {
  setup: setupEn,
  people: peopleEn,
  rounds: roundsEn,
  desk: deskEn,
  results: resultsEn,
  inputs: inputsEn,
  deliberation: deliberationEn,
  documents: documentsEn,
  app: {
    name: 'Panelis',
    tagline: 'Merit-based selection scoring, encrypted on the committee laptop',
    loading: 'Loading Panelis…',
    loadFailed: 'Panelis could not be loaded yet.',
    retry: 'Try again',
  },
  common: {
    showHide: 'Show or hide what was typed',
  },
  language: {
    label: 'Display language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  roles: {
    chair: 'Chair',
    secretary: 'Secretary',
    member: 'Member',
    observer: 'Observer',
  },
  errors: {
    title: 'Not done',
    transport:
      'Panelis is not answering. Make sure the application is still running, then try again. Data already saved is safe.',
  },
  strength: {
    label: 'Passphrase strength: {{level}}',
    empty: 'The passphrase strength is rated as you type.',
    level0: 'very weak',
    level1: 'weak',
    level2: 'fair',
    level3: 'strong',
    level4: 'very strong',
  },
  firstRun: {
    title: 'Welcome to Panelis',
    intro:
      'Panelis keeps the committee’s selection data in one encrypted vault file on this laptop. Start by creating the vault, then the account of the committee chair.',
    step: 'Step {{current}} of {{total}}',
    backToUnlock: 'Back to the list of vaults',
    vault: {
      heading: 'Create a new vault',
      committeeName: 'Committee name',
      committeeNameHint: 'For example: Open Selection Committee for Senior Posts, Sleman Regency 2026',
      path: 'Vault file location',
      pathHint: 'The file is created here. Keep it in a folder your office backs up.',
      pick: 'Choose location…',
      passphrase: 'Vault passphrase',
      passphraseHint:
        'At least {{min}} characters. Use a few words the committee can remember but others cannot guess.',
      passphraseRepeat: 'Repeat the vault passphrase',
      warningTitle: 'A lost passphrase cannot be recovered',
      warning:
        'Nobody — not the makers of Panelis, not your office IT — can open this vault without its passphrase. Write it down and keep it somewhere safe, for instance in a sealed envelope in a locked cabinet.',
      submit: 'Create vault',
      busy: 'Creating the vault…',
      nameRequired: 'Enter the committee name (at least 2 characters).',
      pathRequired: 'Enter the vault file location.',
      tooShort: 'The passphrase needs at least {{min}} characters.',
      tooWeak: 'This passphrase is easy to guess. Add a word or two.',
      mismatch: 'The two passphrases do not match.',
    },
    chair: {
      heading: 'Chair account',
      intro:
        'The vault “{{committee}}” is ready. Now create the account of the committee chair. The chair can then add the secretary, members and observers.',
      name: 'Chair’s full name',
      nameHint: 'With titles, as written in the decree that formed the committee.',
      nip: 'NIP (optional)',
      nipHint: '18 digits without spaces. Leave empty if the chair is not a civil servant.',
      password: 'Chair’s password',
      passwordHint:
        'At least {{min}} characters. This is the chair’s own sign-in password, not the vault passphrase.',
      passwordRepeat: 'Repeat the chair’s password',
      submit: 'Create the chair account and sign in',
      busy: 'Creating the account…',
      nameRequired: 'Enter the chair’s name (at least 2 characters).',
      nipInvalid: 'The NIP must be 18 digits.',
      tooShort: 'The password needs at least {{min}} characters.',
      mismatch: 'The two passwords do not match.',
    },
  },
  unlock: {
    title: 'Open a vault',
    intro: 'Choose your committee’s vault, then type the vault passphrase.',
    idleTitle: 'The vault was locked automatically',
    idle: 'The vault was locked because nobody used it for a while. Type the passphrase to continue.',
    recent: 'Vaults opened before',
    unnamed: 'Unnamed committee',
    lastOpened: 'Last opened {{date}}',
    other: 'Another file…',
    otherHint: 'A vault that is not in this list',
    otherPath: 'Vault file location',
    otherPathHint: 'Type the full location of the .panelis file.',
    pick: 'Choose file…',
    pathRequired: 'Choose or type the location of the vault file.',
    passphrase: 'Vault passphrase',
    passphraseRequired: 'Type the vault passphrase.',
    submit: 'Open vault',
    busy: 'Opening the vault…',
    createNew: 'Create a new vault',
  },
  signIn: {
    title: 'Sign in',
    intro: 'The vault “{{committee}}” is open. Choose your name, then type your own password.',
    person: 'Who are you?',
    personRequired: 'Choose your name.',
    password: 'Password',
    passwordRequired: 'Type your password.',
    submit: 'Sign in',
    busy: 'Checking…',
    loadingPeople: 'Loading the committee…',
    lock: 'Lock the vault',
    idleTitle: 'Signed out automatically',
    idle: 'The last person was signed out after {{minutes}} minutes without activity. Their work is saved and hidden from the next person. Choose your name and type your password to sign in.',
  },
  dashboard: {
    signedInAs: 'Signed in as {{name}}',
    lockNow: 'Lock now',
    signOut: 'Sign out',
    emptyTitle: 'No selections yet',
    emptyHint:
      'The committee’s selections will appear here: applicants, stages, rubrics and scores. Creating selections arrives in the next version of Panelis.',
    emptyHintChair:
      'Meanwhile, set the auto-lock time and make the first backup of the vault in the Vault settings card.',
    settings: {
      title: 'Vault settings',
      idle: 'Lock automatically when unused for (minutes)',
      idleHint: 'Between 1 and 240 minutes. The vault locks and everyone is signed out.',
      idleInvalid: 'Enter a whole number between 1 and 240.',
      signOut: 'Sign people out when idle for (minutes)',
      signOutHint:
        'Between 1 and 240 minutes. Whoever is signed in is signed out; the vault stays open for the next member. If longer than the auto-lock, the vault locks first.',
      signOutInvalid: 'Enter a whole number between 1 and 240.',
      savedBoth: 'Saved: people are signed out after {{signOut}} minutes and the vault locks after {{minutes}} minutes without activity.',
      save: 'Save',
      saving: 'Saving…',
      saved: 'Saved: the vault locks automatically after {{minutes}} minutes without activity.',
      backupTitle: 'Backup',
      backupHint: 'Makes an encrypted copy of this vault. Copy the file to other storage regularly.',
      backup: 'Back up now',
      backupBusy: 'Making the backup…',
      backupDone: 'Backup saved ({{size}}):',
    },
  },
};
