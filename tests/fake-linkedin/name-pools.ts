/**
 * Raw material for generated people: names in the scripts LinkedIn members really use, with the
 * diacritics, credentials and emoji that break naive scrapers, and headlines with a few traps.
 */

/** Latin-script names, plain and with diacritics (folding and percent-encoding get exercised). */
export const LATIN_FIRST = [
  'James',
  'Mary',
  'Olivia',
  'Liam',
  'Noah',
  'Emma',
  'Sofia',
  'Mateo',
  'Lucas',
  'Chloé',
  'Zoë',
  'José',
  'Łukasz',
  'Søren',
  'Renée',
  'François',
  'Björn',
  'Jürgen',
  'Małgorzata',
  'Siobhán',
  'Andrés',
  'Inés',
  'Mónica',
  'Kateřina',
  'Žofia',
  'Ľubomír',
  'Dóra',
  'Joaquín',
  'Priya',
  'Arjun',
  'Fatima',
  'Kwame',
  'Chidi',
  'Ana',
  'João',
  'Aoife',
  'Niamh',
  'Grzegorz',
  'Øystein',
  'Åsa',
  'Thiago',
  'Camille',
  'Léa',
  'Jan',
  'Anna',
  'David',
  'Sarah',
  'Michael',
  'Laura',
  'Daniel',
  'Julia',
  'Tomás',
  'Ewa',
  'Piotr',
] as const;

export const LATIN_LAST = [
  'Smith',
  'Johnson',
  'Müller',
  'Ñúñez',
  'Żółć',
  'García',
  'Øvergård',
  'Kowalski',
  "O'Brien",
  'van der Berg',
  'De la Cruz',
  'Dvořák',
  'Lefèvre',
  'Großmann',
  'Jørgensen',
  'Hernández',
  'Kovač',
  'Nováková',
  'Schäfer',
  'Brown',
  'Williams',
  'Martin',
  'Rossi',
  'Bianchi',
  'Dubois',
  'Fernández',
  'Silva',
  'Gonçalves',
  'Nowak',
  'Wiśniewski',
  'Larsen',
  'Åström',
  'Okafor',
  'Mensah',
  'Patel',
  'Sharma',
  'Murphy',
  'Kelly',
  'Ó Súilleabháin',
  'Lindqvist',
  'Becker',
  'Weiß',
  'Costa',
  'Moreau',
  'Roe',
] as const;

/** Turkish names: dotted and dotless i, ş, ğ, ç (the page may also be in Turkish). */
export const TURKISH_FIRST = [
  'Ayşe',
  'İlker',
  'Çağla',
  'Ömer',
  'Gülşen',
  'Barış',
  'Işıl',
  'Oğuz',
  'Şule',
  'Emre',
] as const;
export const TURKISH_LAST = [
  'Yılmaz',
  'Öztürk',
  'Şahin',
  'Çelik',
  'Doğan',
  'Kılıç',
  'Aydın',
  'Güneş',
  'Erdoğan',
  'Koç',
] as const;

/**
 * Names in scripts that do not fold to ASCII, as [native, romanised] pairs; the romanised form
 * feeds vanity slugs when a member chose one. `order` says how LinkedIn shows the full name:
 * Chinese and Korean family name first without a space, Japanese family name first with one.
 */
export interface ScriptGroup {
  order: 'first-last' | 'last-first-joined' | 'last-first-spaced';
  firsts: ReadonlyArray<readonly [string, string]>;
  lasts: ReadonlyArray<readonly [string, string]>;
}

export const SCRIPT_GROUPS: readonly ScriptGroup[] = [
  {
    order: 'first-last',
    firsts: [
      ['محمد', 'mohammed'],
      ['فاطمة', 'fatima'],
      ['ليلى', 'layla'],
      ['يوسف', 'youssef'],
      ['عمر', 'omar'],
      ['نور', 'nour'],
      ['خالد', 'khaled'],
    ],
    lasts: [
      ['العلي', 'alali'],
      ['الزهراء', 'alzahraa'],
      ['حداد', 'haddad'],
      ['منصور', 'mansour'],
      ['خليل', 'khalil'],
      ['الأحمد', 'alahmad'],
    ],
  },
  {
    order: 'last-first-joined',
    firsts: [
      ['小明', 'xiaoming'],
      ['伟', 'wei'],
      ['芳', 'fang'],
      ['静', 'jing'],
      ['磊', 'lei'],
      ['秀英', 'xiuying'],
    ],
    lasts: [
      ['王', 'wang'],
      ['李', 'li'],
      ['张', 'zhang'],
      ['刘', 'liu'],
      ['陈', 'chen'],
      ['杨', 'yang'],
    ],
  },
  {
    order: 'last-first-spaced',
    firsts: [
      ['美咲', 'misaki'],
      ['健太', 'kenta'],
      ['陽菜', 'hina'],
      ['蓮', 'ren'],
      ['翔太', 'shota'],
    ],
    lasts: [
      ['田中', 'tanaka'],
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['渡辺', 'watanabe'],
    ],
  },
  {
    order: 'last-first-joined',
    firsts: [
      ['민준', 'minjun'],
      ['서연', 'seoyeon'],
      ['지우', 'jiwoo'],
      ['하준', 'hajun'],
      ['수아', 'sua'],
    ],
    lasts: [
      ['김', 'kim'],
      ['박', 'park'],
      ['이', 'lee'],
      ['최', 'choi'],
      ['정', 'jung'],
    ],
  },
  {
    order: 'first-last',
    firsts: [
      ['Ελένη', 'eleni'],
      ['Γιώργος', 'giorgos'],
      ['Иван', 'ivan'],
      ['Ольга', 'olga'],
      ['Дмитрий', 'dmitry'],
      ['אורי', 'uri'],
      ['נועה', 'noa'],
    ],
    lasts: [
      ['Παπαδοπούλου', 'papadopoulou'],
      ['Νικολάου', 'nikolaou'],
      ['Петров', 'petrov'],
      ['Смирнова', 'smirnova'],
      ['כהן', 'cohen'],
      ['לוי', 'levi'],
    ],
  },
];

/** Credentials people put after their last name. */
export const CREDENTIALS = ['PMP', 'MBA', 'CFA', 'PhD', 'CPA', 'MBA, CFA', 'PHR', 'P.Eng.', 'CISSP'] as const;

/** Emoji people put in their names. */
export const NAME_EMOJI = ['🚀', '🌱', '✨', '🌍', '💡', '🏳️‍🌈', '☕'] as const;

export const ROLES = [
  'Software Engineer',
  'Senior Software Engineer',
  'Product Manager',
  'Recruiter',
  'Talent Partner',
  'Data Scientist',
  'UX Designer',
  'Founder',
  'Co-Founder & CEO',
  'Marketing Lead',
  'Sales Director',
  'Account Executive',
  'Student',
  'Engineering Manager',
  'CTO',
  'Consultant',
  'Growth Hacker',
  'Head of People',
  'DevOps Engineer',
  'Business Analyst',
  'Investor',
  'Professor of Economics',
] as const;

export const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella Corp',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Nordwind GmbH',
  'Trendyol',
  'Société Générale',
  'Banco Ñandú',
  'Zürich Partners',
  'Þórsmörk ehf.',
  'Freelance',
  'Self-employed',
  'Vandelay Industries',
  'Oceanic Airlines',
  'Cyberdyne',
] as const;

export const TOPICS = [
  'AI',
  'Cloud',
  'FinTech',
  'Growth',
  'Leadership',
  'B2B SaaS',
  'Web3',
  'Open Source',
  'Hiring!',
] as const;

/** Headlines that look like other fields: a date reader that is not strict takes them for one. */
export const TRAP_HEADLINES = [
  'Connected Cars lead since 12 March 2024',
  'Connected on LinkedIn since 2009 | Speaker',
  'Helping teams stay connected',
] as const;

export const TURKISH_HEADLINES = [
  'Yazılım Mühendisi, Trendyol',
  'İnsan Kaynakları Uzmanı',
  'Kurucu Ortak @ Getir',
] as const;
