import type { Lang, Layout } from './types';

/**
 * Every visible text of the fake, in seven languages (below). The server formats numbers and
 * dates, as LinkedIn's server-driven UI does; the page only fills in names.
 */

/** Texts the page script needs. `{name}` is a full name. */
export interface ClientLabels {
  searchPlaceholder: string;
  moreActionsNamed: string;
  moreActionsGeneric: string;
  messageNamed: string;
  message: string;
  removeConnection: string;
  cancel: string;
  dismiss: string;
  confirm: string;
  loadMore: string;
  loading: string;
  noResults: string;
  removedToast: string;
  failedToast: string;
  restrictedBanner: string;
}

/**
 * One language of the fake. English and Turkish follow the strings public code gives (the
 * Languages section of linkedin-dom.md); Portuguese and French use the labels it gives where it
 * gives them (French current layout: the unverified "Retirer la relation", the classic layout the
 * older "Supprimer la relation"); German and Spanish are plausible words of the fake's own, and
 * "xx" (Zorblish) is invented outright: a language the extension has never seen. The extension
 * carries none of the German, Spanish or Zorblish words (tests/unit/language-labels.test.ts).
 */
interface LanguageTexts {
  /** `<html lang>` as LinkedIn writes it (a region form for Portuguese). */
  htmlLang: string;
  months: readonly string[];
  /** The thousands separator of the totals. */
  separator: string;
  /** The total's word: [one, many], current layout (the classic one capitalises it). */
  connections: readonly [string, string];
  client: (layout: Layout) => ClientLabels;
  /** Current layout's date line. */
  connectedOn: (day: number, month: string, year: number) => string;
  /** Classic layout's relative line ("3 weeks ago"); `unit` is day/week/month/year. */
  connectedAgo: (count: number, unit: string) => string;
  connectedToday: string;
  dialog: (firstName: string, layout: Layout) => { title: string; question: string; note: string };
  restricted: string;
  pageTexts: PageTexts;
}

const ENGLISH_PAGES: PageTexts = {
  connectionsTitle: 'Connections | LinkedIn',
  checkpointTitle: 'Security Verification | LinkedIn',
  checkpointHeading: "Let's do a quick security check",
  checkpointBody: "To protect your account, please verify it's you before you continue.",
  loginTitle: 'LinkedIn Login, Sign in | LinkedIn',
  loginHeading: 'Sign in',
  loginBody: 'Stay updated on your professional world',
};
const ENGLISH_RESTRICTED =
  'Your account has been temporarily restricted. We noticed unusual activity on your account.';

/** Labels shared by the languages the fake words itself (LinkedIn leaves some strings in English). */
const client = (
  layout: Layout,
  words: Omit<ClientLabels, 'confirm' | 'loadMore' | 'restrictedBanner'> & {
    confirm: readonly [string, string];
    loadMore: readonly [string, string];
  },
): ClientLabels => ({
  ...words,
  confirm: layout === 'current' ? words.confirm[0] : words.confirm[1],
  loadMore: layout === 'current' ? words.loadMore[0] : words.loadMore[1],
  restrictedBanner: ENGLISH_RESTRICTED,
});

const LANGUAGES: Record<Lang, LanguageTexts> = {
  en: {
    htmlLang: 'en',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    separator: ',',
    connections: ['connection', 'connections'],
    client: (layout) => ({
      searchPlaceholder: 'Search by name',
      moreActionsNamed: 'More actions for {name}',
      moreActionsGeneric: layout === 'current' ? 'Show more actions' : 'Click to see more actions',
      messageNamed: 'Message {name}',
      message: 'Message',
      removeConnection: 'Remove connection',
      cancel: 'Cancel',
      dismiss: 'Dismiss',
      confirm: layout === 'current' ? 'Remove connection' : 'Remove',
      loadMore: layout === 'current' ? 'Load more' : 'Show more results',
      loading: 'Loading…',
      noResults: 'No results found',
      removedToast: 'Connection removed',
      failedToast: 'Something went wrong. Please try again.',
      restrictedBanner: ENGLISH_RESTRICTED,
    }),
    connectedOn: (day, month, year) => `Connected on ${month} ${day}, ${year}`,
    connectedAgo: (count, unit) => `Connected ${count} ${unit}${count === 1 ? '' : 's'} ago`,
    connectedToday: 'Connected today',
    dialog: (first, layout) => ({
      title: layout === 'current' ? '' : 'Remove connection',
      question: `Remove ${first} as a connection?`,
      note: `${first} won't be notified by LinkedIn that they were removed from your connections.`,
    }),
    restricted: ENGLISH_RESTRICTED,
    pageTexts: ENGLISH_PAGES,
  },
  tr: {
    htmlLang: 'tr',
    months: [
      'Ocak',
      'Şubat',
      'Mart',
      'Nisan',
      'Mayıs',
      'Haziran',
      'Temmuz',
      'Ağustos',
      'Eylül',
      'Ekim',
      'Kasım',
      'Aralık',
    ],
    separator: '.',
    connections: ['bağlantı', 'bağlantı'],
    client: (layout) => ({
      searchPlaceholder: 'İsme göre ara',
      moreActionsNamed: '{name} için diğer işlemler',
      moreActionsGeneric: 'Diğer işlemler',
      messageNamed: '{name} adlı kişiye mesaj gönderin',
      message: 'Mesaj',
      removeConnection: 'Bağlantıyı kaldır',
      cancel: 'İptal',
      dismiss: 'Kapat',
      confirm: layout === 'current' ? 'Bağlantıyı kaldır' : 'Kaldır',
      loadMore: layout === 'current' ? 'Daha fazla' : 'Daha fazla sonuç',
      loading: 'Yükleniyor…',
      noResults: 'Sonuç bulunamadı',
      removedToast: 'Bağlantı kaldırıldı',
      failedToast: 'Bir sorun oluştu. Lütfen tekrar deneyin.',
      restrictedBanner:
        'Hesabınız geçici olarak kısıtlandı. Hesabınızda olağan dışı bir etkinlik fark ettik.',
    }),
    connectedOn: (day, month, year) => `${day} ${month} ${year} tarihinde bağlantı kuruldu`,
    connectedAgo: (count, unit) =>
      `${count} ${{ day: 'gün', week: 'hafta', month: 'ay', year: 'yıl' }[unit]} önce bağlantı kuruldu`,
    connectedToday: 'Bugün bağlantı kuruldu',
    dialog: (first) => ({
      title: 'Bağlantıyı kaldır',
      question: `${first} adlı kişiyi bağlantılarınızdan kaldırmak istiyor musunuz?`,
      note: `${first}, bağlantılarınızdan kaldırıldığına dair LinkedIn tarafından bilgilendirilmeyecek.`,
    }),
    restricted: 'Hesabınız geçici olarak kısıtlandı. Hesabınızda olağan dışı bir etkinlik fark ettik.',
    pageTexts: {
      connectionsTitle: 'Bağlantılar | LinkedIn',
      checkpointTitle: 'Güvenlik Doğrulaması | LinkedIn',
      checkpointHeading: 'Hızlı bir güvenlik kontrolü yapalım',
      checkpointBody: 'Hesabınızı korumak için devam etmeden önce siz olduğunuzu doğrulayın.',
      loginTitle: 'LinkedIn Oturum Açın',
      loginHeading: 'Oturum açın',
      loginBody: 'Profesyonel dünyanızdaki gelişmelerden haberdar olun',
    },
  },
  pt: {
    htmlLang: 'pt-BR',
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
    separator: '.',
    connections: ['conexão', 'conexões'],
    client: (layout) =>
      client(layout, {
        searchPlaceholder: 'Pesquisar por nome',
        moreActionsNamed: 'Mais ações para {name}',
        moreActionsGeneric: 'Mais ações',
        messageNamed: 'Enviar mensagem para {name}',
        message: 'Mensagem',
        removeConnection: 'Remover conexão',
        cancel: 'Cancelar',
        dismiss: 'Fechar',
        confirm: ['Remover conexão', 'Remover'],
        loadMore: ['Carregar mais', 'Exibir mais resultados'],
        loading: 'Carregando…',
        noResults: 'Nenhum resultado encontrado',
        removedToast: 'Conexão removida',
        failedToast: 'Algo deu errado. Tente novamente.',
      }),
    connectedOn: (day, month, year) => `Conectado em ${day} de ${month} de ${year}`,
    connectedAgo: (count, unit) =>
      `Conectado há ${count} ${{ day: 'dias', week: 'semanas', month: 'meses', year: 'anos' }[unit]}`,
    connectedToday: 'Conectado hoje',
    dialog: (first, layout) => ({
      title: layout === 'current' ? '' : 'Remover conexão',
      question: `Remover ${first} como conexão?`,
      note: `${first} não será notificado pelo LinkedIn de que foi removido das suas conexões.`,
    }),
    restricted: ENGLISH_RESTRICTED,
    pageTexts: ENGLISH_PAGES,
  },
  fr: {
    htmlLang: 'fr',
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    separator: '\u202f',
    connections: ['relation', 'relations'],
    client: (layout) =>
      client(layout, {
        searchPlaceholder: 'Rechercher par nom',
        moreActionsNamed: 'Plus d’actions pour {name}',
        moreActionsGeneric: 'Plus d’actions',
        messageNamed: 'Envoyer un message à {name}',
        message: 'Message',
        // The current layout's wording is the unverified one, the classic the older verified one.
        removeConnection: layout === 'current' ? 'Retirer la relation' : 'Supprimer la relation',
        cancel: 'Annuler',
        dismiss: 'Fermer',
        confirm: ['Retirer', 'Supprimer'],
        loadMore: ['Voir plus', 'Afficher plus de résultats'],
        loading: 'Chargement…',
        noResults: 'Aucun résultat',
        removedToast: 'Relation retirée',
        failedToast: 'Un problème est survenu. Veuillez réessayer.',
      }),
    connectedOn: (day, month, year) => `Connecté le ${day} ${month} ${year}`,
    connectedAgo: (count, unit) =>
      `Connecté il y a ${count} ${{ day: 'jours', week: 'semaines', month: 'mois', year: 'ans' }[unit]}`,
    connectedToday: 'Connecté aujourd’hui',
    dialog: (first, layout) => ({
      title: layout === 'current' ? '' : 'Supprimer la relation',
      question: `Retirer ${first} de vos relations ?`,
      note: `${first} ne sera pas averti par LinkedIn.`,
    }),
    restricted: ENGLISH_RESTRICTED,
    pageTexts: ENGLISH_PAGES,
  },
  de: {
    htmlLang: 'de',
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    separator: '.',
    connections: ['Kontakt', 'Kontakte'],
    client: (layout) =>
      client(layout, {
        searchPlaceholder: 'Nach Namen suchen',
        moreActionsNamed: 'Weitere Aktionen für {name}',
        moreActionsGeneric: 'Weitere Aktionen',
        messageNamed: 'Nachricht an {name}',
        message: 'Nachricht',
        removeConnection: 'Kontakt entfernen',
        cancel: 'Abbrechen',
        dismiss: 'Schließen',
        confirm: ['Kontakt entfernen', 'Entfernen'],
        loadMore: ['Mehr laden', 'Weitere Ergebnisse anzeigen'],
        loading: 'Wird geladen…',
        noResults: 'Keine Ergebnisse',
        removedToast: 'Kontakt entfernt',
        failedToast: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
      }),
    connectedOn: (day, month, year) => `Verbunden am ${day}. ${month} ${year}`,
    connectedAgo: (count, unit) =>
      `Vor ${count} ${{ day: 'Tagen', week: 'Wochen', month: 'Monaten', year: 'Jahren' }[unit]} verbunden`,
    connectedToday: 'Heute verbunden',
    dialog: (first, layout) => ({
      title: layout === 'current' ? '' : 'Kontakt entfernen',
      question: `${first} als Kontakt entfernen?`,
      note: `${first} wird von LinkedIn nicht darüber benachrichtigt.`,
    }),
    restricted: ENGLISH_RESTRICTED,
    pageTexts: ENGLISH_PAGES,
  },
  es: {
    htmlLang: 'es',
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    separator: '.',
    connections: ['contacto', 'contactos'],
    client: (layout) =>
      client(layout, {
        searchPlaceholder: 'Buscar por nombre',
        moreActionsNamed: 'Más acciones para {name}',
        moreActionsGeneric: 'Más acciones',
        messageNamed: 'Enviar mensaje a {name}',
        message: 'Mensaje',
        removeConnection: 'Eliminar contacto',
        cancel: 'Cancelar',
        dismiss: 'Descartar',
        confirm: ['Eliminar contacto', 'Eliminar'],
        loadMore: ['Cargar más', 'Mostrar más resultados'],
        loading: 'Cargando…',
        noResults: 'No hay resultados',
        removedToast: 'Contacto eliminado',
        failedToast: 'Algo salió mal. Inténtalo de nuevo.',
      }),
    connectedOn: (day, month, year) => `Conectado el ${day} de ${month} de ${year}`,
    connectedAgo: (count, unit) =>
      `Conectado hace ${count} ${{ day: 'días', week: 'semanas', month: 'meses', year: 'años' }[unit]}`,
    connectedToday: 'Conectado hoy',
    dialog: (first, layout) => ({
      title: layout === 'current' ? '' : 'Eliminar contacto',
      question: `¿Eliminar a ${first} de tus contactos?`,
      note: `LinkedIn no avisará a ${first}.`,
    }),
    restricted: ENGLISH_RESTRICTED,
    pageTexts: ENGLISH_PAGES,
  },
  xx: {
    htmlLang: 'xx',
    months: ['Iru', 'Dva', 'Tre', 'Kvo', 'Pyn', 'Shes', 'Sem', 'Okt', 'Nev', 'Des', 'Elv', 'Dvel'],
    separator: "'",
    connections: ['zorvan', 'zorvanii'],
    client: (layout) =>
      client(layout, {
        searchPlaceholder: 'Vrindo nam',
        moreActionsNamed: 'Plirr akti {name}',
        moreActionsGeneric: 'Plirr akti',
        messageNamed: 'Skrivo {name}',
        message: 'Skrivo',
        removeConnection: 'Kettu zorvan',
        cancel: 'Nokk',
        dismiss: 'Klozz',
        confirm: ['Kettu zorvan', 'Kettu'],
        loadMore: ['Moar', 'Moar vrindo'],
        loading: 'Lodding…',
        noResults: 'Nul vrindo',
        removedToast: 'Zorvan kettut',
        failedToast: 'Blorp. Ree-tri.',
      }),
    connectedOn: (day, month, year) => `Zorvat ${day} ${month} ${year}`,
    connectedAgo: (count, unit) => `Zorvat ${count} ${unit}-ka`,
    connectedToday: 'Zorvat nu',
    dialog: (first, layout) => ({
      title: layout === 'current' ? '' : 'Kettu zorvan',
      question: `Kettu ${first} zorvan?`,
      note: `${first} ne nottifik.`,
    }),
    restricted: ENGLISH_RESTRICTED,
    pageTexts: ENGLISH_PAGES,
  },
};

/** Every language the fake speaks. */
export const FAKE_LANGUAGES = Object.keys(LANGUAGES) as Lang[];

/** `<html lang>` of the fake's pages in this language ("pt-BR" for Portuguese, as LinkedIn writes it). */
export function htmlLang(lang: Lang): string {
  return LANGUAGES[lang].htmlLang;
}

export function clientLabels(lang: Lang, layout: Layout): ClientLabels {
  return LANGUAGES[lang].client(layout);
}

/** 1217 -> "1,217" (en), "1.217" (tr, de, es, pt), "1 217" with a narrow no-break space (fr), "1'217" (xx). */
export function formatCount(n: number, lang: Lang): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, LANGUAGES[lang].separator);
}

/** "1,217 connections" (current), "487 Connections" (classic), "1.217 bağlantı" (tr). */
export function totalHeading(n: number, lang: Lang, layout: Layout): string {
  const [one, many] = LANGUAGES[lang].connections;
  const word = n === 1 ? one : many;
  return `${formatCount(n, lang)} ${layout === 'current' ? word : word.charAt(0).toLocaleUpperCase(lang) + word.slice(1)}`;
}

/** Current layout: "Connected on June 29, 2026" / "29 Haziran 2026 tarihinde bağlantı kuruldu". */
export function connectedOnText(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const texts = LANGUAGES[lang];
  return texts.connectedOn(day, texts.months[month - 1]!, year);
}

const DAY_MS = 86_400_000;

/** Classic layout, relative only: "Connected 3 weeks ago" / "3 hafta önce bağlantı kuruldu". */
export function connectedAgoText(isoDate: string, now: number, lang: Lang): string {
  const days = Math.max(0, Math.floor((now - Date.parse(`${isoDate}T00:00:00Z`)) / DAY_MS));
  const texts = LANGUAGES[lang];
  if (days < 1) return texts.connectedToday;
  const [count, unit] =
    days < 7
      ? [days, 'day']
      : days < 30
        ? [Math.floor(days / 7), 'week']
        : days < 365
          ? [Math.max(1, Math.floor(days / 30)), 'month']
          : [Math.floor(days / 365), 'year'];
  return texts.connectedAgo(count, unit);
}

/** The removal dialog names only the first name, as LinkedIn's does. */
export function removalDialogTexts(
  firstName: string,
  lang: Lang,
  layout: Layout,
): { title: string; question: string; note: string } {
  return LANGUAGES[lang].dialog(firstName, layout);
}

export function restrictedBannerText(lang: Lang): string {
  return LANGUAGES[lang].restricted;
}

export interface PageTexts {
  connectionsTitle: string;
  checkpointTitle: string;
  checkpointHeading: string;
  checkpointBody: string;
  loginTitle: string;
  loginHeading: string;
  loginBody: string;
}

export function pageTexts(lang: Lang): PageTexts {
  return LANGUAGES[lang].pageTexts;
}
