// The anonymisation guard for people's names. Indonesian reports introduce a person in a
// few ways, and each is a rule here: a form of address or title before a name ("Sdr.",
// "Bapak H.", "dr."), a phrase that announces one ("atas nama", "bernama", "yakni"),
// academic degrees after one ("S.Pd., M.Si."), a role set off by commas ("Camat X, Y,"),
// a kind of worker before one ("seorang guru, X Y,"), an age after one ("X Y (45)"), and
// the words journalists put around a quoted person ("kata Y", "Y selaku ..."). Every kind of
// space pasted text holds reads as one space first. What
// follows must look like a name: capitalised words that are not roles, institutions,
// places, dates or initials ("ASN berinisial AB" is how reports anonymise, and passes).
// Institutions and places named after people ("RSUD Prof. Dr. W. Z. Johannes", "Jalan
// Jenderal Sudirman") are recognised by the word that opens them.
//
// What it cannot catch: a bare name with none of these around it ("Suparmin mengaku ..."),
// or one typed in lower case. In `asn_position` and `asn_employer`, where only a role or an
// institution belongs, every capitalised word must be one of those (or a place): anything
// else is taken for a name.

/** Normalised place names (lower case, letters and digits only): regions, districts, villages. */
export interface Places {
  /** A province, regency, district, or a village whose name has more than one word. */
  has(normalised: string): boolean;
  /** Any village or district, one-word names included (they are often people's names too). */
  hasVillage(normalised: string): boolean;
}

/**
 * "free": a description or a note; "role": a field where only a post or an institution
 * belongs; "citation": a source's text, where only the plainest signs count (a form of
 * address, an announcing phrase, a degree), since headlines capitalise every word.
 */
export type NameRule = "free" | "role" | "citation";

/**
 * The places a name is checked against: provinces and regencies with their aliases, every
 * district, and every village (one-word village names are kept apart: many are people's
 * names too, "Slamet", "Sari").
 */
export function createPlaces(regions: Iterable<string>, districts: Iterable<string>, villages: Iterable<string>): Places {
  const places = new Set<string>();
  const oneWordVillages = new Set<string>();
  for (const name of regions) {
    places.add(plain(name));
    places.add(plain(name.replace(/^(?:kabupaten|kota|provinsi)\s+/i, "")));
  }
  for (const name of districts) places.add(plain(name));
  for (const name of villages) (/\s/.test(name.trim()) ? places : oneWordVillages).add(plain(name));
  return { has: (s) => places.has(s), hasVillage: (s) => oneWordVillages.has(s) || places.has(s) };
}

const words = (text: string) => new Set(text.trim().split(/\s+/).map((w) => w.toLowerCase()));

// Forms of address, titles and ranks that stand before a name. Matched without their dot.
const honorifics = words(`
  sdr sdri saudara saudari bapak bpk pak ibu bu ibuk nyonya ny tuan tn nona
  h hj haji hajjah drs dra ir dr prof kh kyai kiai kiyai ustaz ustadz ustad ustazah ustadzah habib
  tgk teungku teuku cut raden rd tubagus tb andi daeng puang bung mas mbak kak bang uda uni
  akp akbp kompol iptu ipda aiptu aipda bripka brigadir briptu bripda kapten mayor letkol kolonel
  serka serma sertu pelda kopda praka lettu letda brigjen irjen kombes
  moch mochammad mohammad muhammad moh mhd muh
  ida anak agung gusti cokorda made wayan ketut nyoman komang kadek putu gede luh
  la wa ode baiq lalu hi
  pdt pendeta romo pastor pater frater suster sr ust yth mr mrs ms ns apt drg drh mama om engku ompu opung
  serda sersan kopral kopka koptu pratu prada bharada bharatu bharaka
`);

// Degrees written after a name, compared without dots, commas and spaces. Those that are
// also ordinary abbreviations count only with their dots or beside another degree.
const degrees = words(`
  spd spdi spdsd ssos sip skom sag skep shi spsi sfarm shut sked sth sikom sak str sst skm sgz ssi skg sei shum sds stp spt spi
  msi mpd mkes map msc phd mhum mikom msos mkn mag mkom mpdi msi mtp mars mkm mfarm mhi sstp
  amd amdkep amdkeb lc amapd ama amdpd amdkom amdak
  sh se st mm mh ma mt sp ss
`);
const weakDegrees = words("sh se st mm mh ma mt sp ss lc");

const schoolPosts = words("kepala wakil guru pengawas penjaga komite");

// Words that are also given names: after a form of address and before a name word, a name.
const alsoNames = words(`
  januari februari maret april mei juni juli agustus september oktober november desember
  senin selasa rabu kamis jumat sabtu minggu ahad
  tata karya bina wisma cipta marga raya jaya mulia setia bakti utama indah sari dewi putri ayu intan permata bunga
  mawar melati kartika surya bintang fajar budi adil bagus baru lestari rahmat syukur sehat selamat slamet
`);

// Words that open an institution, a place or a thing named after a person: what follows
// them is its name, whatever it looks like.
const namedAfter = words(`
  rsud rsu rs rsia rsup rumah jalan jl jln gang gg gedung bandara stadion universitas univ uin iain stain institut politeknik
  sekolah sd sdn smp smpn sma sman smk smkn mi min mts mtsn ma man madrasah pondok ponpes pesantren paud tk
  masjid musala mushola gereja pura vihara klenteng lapangan alun-alun taman pelabuhan terminal stasiun tugu monumen museum
  yayasan aula balai graha wisma gelanggang hotel resto restoran kafe cafe perumahan perum komplek kompleks kampus
  kecamatan kelurahan desa dusun kampung kampong nagari gampong jorong pekon kalurahan kapanewon kemantren distrik lingkungan
  rt rw kabupaten kota provinsi kab kec kel prov kodya pemkab pemkot pemprov pemko pemda pemdes
  bawaslu panwaslih panwaslu panwascam kpu kpud polres polda polsek kodim koramil kejari kejati pn
  grup group akun komunitas organisasi paguyuban forum kelompok relawan posko tim aplikasi kanal channel halaman fanpage
  nabi hari kh. partai fraksi pangdam kodam korem puskesmas pustu polindes poskesdes posyandu
`);

// Roles: a word that names a post, after which a place or institution, then a name may come.
const roles = words(`
  camat lurah kades kepala keuchik geuchik kuwu pambakal pembakal perbekel penghulu wali datuk
  sekda sekcam sekdes sekretaris kadis kabid kabag kasubag kasubbag kasi kasie kaur kasat kanit kapolres kapolsek dandim danramil
  ketua wakil anggota koordinator kordiv komisioner direktur rektor dekan kaban kadisdik kadinkes
  bupati walikota gubernur presiden menteri pj pjs plt plh penjabat
  guru dosen bidan dokter perawat penyuluh staf pegawai asn pns pppk p3k honorer operator bendahara
  pelapor terlapor saksi pelaku kuasa warga mahasiswa tokoh
`);

// Capitalised words that are not names: roles, institutions, places and directions,
// dates, elections and law, and the function words that open a sentence.
const notNames = words(`
  ditetapkan dinyatakan diputuskan dilaporkan diteruskan direkomendasikan ditemukan diregistrasi dicatat diklarifikasi diperiksa dijatuhi dikenai
  camat lurah kades kepala keuchik geuchik kuwu pambakal pembakal perbekel penghulu wali nagari datuk sekda sekcam sekdes sekretaris
  kadis kabid kabag kasubag kasubbag kasi kasie kaur kasat kanit kapolres kapolsek kapolda dandim danramil danton komandan
  ketua wakil anggota koordinator kordiv komisioner direktur rektor dekan kaban kadisdik kadinkes kepsek
  bupati walikota wali gubernur presiden menteri pj pjs plt plh penjabat
  guru dosen bidan dokter perawat penyuluh staf pegawai asn pns pppk p3k honorer operator bendahara pelapor terlapor saksi pelaku kuasa
  dinas badan kantor sekretariat bagian bidang seksi subbagian unit upt uptd divisi satuan sat satpol pp dewan komisi lembaga
  kementerian kemenag kemendagri kemenpan kemendikbud menpan rb
  pemerintah pemerintahan daerah pusat umum pendidikan kebudayaan kesehatan sosial pertanian perikanan peternakan kehutanan
  perhubungan pariwisata pemuda olahraga olah raga perindustrian perdagangan koperasi tenaga kerja transmigrasi lingkungan hidup
  pekerjaan penataan ruang perumahan permukiman kawasan kependudukan pencatatan sipil pemberdayaan masyarakat perempuan
  perlindungan anak keluarga berencana ketahanan pangan komunikasi informatika statistik persandian perpustakaan kearsipan
  keuangan aset pendapatan perencanaan pembangunan penelitian pengembangan kepegawaian sumber daya manusia aparatur
  hukum ham organisasi tata protokol pimpinan umum perekonomian kesejahteraan rakyat keamanan ketertiban trantib trantibum
  penanggulangan bencana pemadam kebakaran kesatuan bangsa politik kesbangpol inspektorat inspektur pengawas pengawasan
  penanganan pelanggaran pencegahan partisipasi humas hubungan antar lembaga data informasi
  rumah sakit puskesmas sekolah dasar menengah pertama atas negeri swasta kejuruan madrasah ibtidaiyah tsanawiyah aliyah
  taman kanak-kanak universitas institut
  regional wilayah cabang kecamatan kelurahan desa dusun kampung nagari gampong jorong kabupaten kota provinsi kab kec kel prov
  kota administrasi adm kodya negara republik indonesia ri nkri
  utara selatan barat timur tengah raya baru lama hulu hilir ilir ulu atas bawah dalam luar besar kecil kidul wetan kulon lor
  senin selasa rabu kamis jumat jum'at sabtu minggu ahad
  januari februari pebruari maret april mei juni juli agustus september oktober november desember
  jan feb mar apr jun jul agu agt agust sep sept okt nov des
  pemilu pemilihan pilkada pilbup pilwali pilwalkot pilgub pileg pilpres capres cawapres caleg calon paslon pasangan
  nomor urut tahun pasal ayat huruf angka undang-undang uu pp perbawaslu peraturan perpres permendagri surat edaran keputusan
  kampanye deklarasi dukungan relawan tim pemenangan sukses koalisi partai
  laporan temuan kasus perkara rekomendasi sanksi hasil klarifikasi registrasi rapat pleno status sumber berita
  di dalam pada dari ke untuk oleh dengan sesuai sejak hingga sampai setelah sebelum saat ketika selama menurut terkait
  dan atau serta namun tetapi tapi sementara selain adapun kemudian lalu maka karena sebab jika bila apabila agar supaya
  yang ini itu tersebut hal para seorang sebanyak sejumlah beberapa semua seluruh setiap masing-masing
  salah satu dua tiga empat lima enam tujuh delapan sembilan sepuluh puluhan ratusan ribuan
  kami kita saya mereka ia dia beliau anda
  oknum dugaan diduga terduga
  maulid nabi idul fitri adha natal imlek nyepi waisak ramadan ramadhan syawal muharram hari santri kemerdekaan pahlawan
  allah tuhan saw swt
  whatsapp wa facebook fb instagram ig tiktok twitter youtube telegram google
  kotak kosong kepulauan tni polri polisi polda polres polsek kejaksaan kepolisian pengadilan mahkamah agung konstitusi
  dinkes disdik disdikbud dispendik disparpora disporapar kominfo diskominfo bapenda bappeda bappelitbangda setwan setda prokopim
  kesbangpol samsat dukcapil disnaker dishub dispora dinsos disperindag dispertan disperkim perkim dpmd dpmptsp bpbd bpkad bpkpd
  linmas posyandu pkk pkh kader marbot ngaji dasa wisma karang taruna bumdes puskesmas pustu polindes poskesdes
  agama kemenkumham kemenkes kemensos kemenkeu kemenko sekretariat setjen ditjen direktorat biro
  dapil tps pps ppk kpps pantarlih pkd ptps gakkumdu sentra reskrim intelkam
  lsm ormas pgri korpri apdesi akd ppdi abpednas
  wib wita wit km no
  ahli ekonomi pamong praja penagihan pajak retribusi anggaran akuntansi perbendaharaan pengadaan barang jasa kepegawaian
  pelayanan terpadu pintu penanaman modal usaha tangga perlengkapan program evaluasi pelaporan mutasi pembinaan karier disiplin
  diklat pelatihan jabatan fungsional struktural pelaksana teknis analis pranata komputer arsiparis auditor widyaiswara
  kurikulum kesiswaan sarana prasarana persidangan perundang-undangan bantuan pertimbangan operasional apotek laboratorium
  gizi imunisasi farmasi gudang irigasi jembatan bina marga cipta karya air tanaman hortikultura perkebunan hewan pasar
  pemasaran pertanahan tata ruang kebersihan pertamanan pemakaman perparkiran keluarga penduduk pemukiman kependudukan
  sekretaris kepala staf wakil pengelola pengawas penilik pamong camat lurah
  pangdam kodam danrem korem kapolda kapolri kasad panglima pangkostrad
  bincang santai urgensi netralitas sosialisasi rakor bimtek apel upacara silaturahmi dispenda dispendukcapil
  pendayagunaan reformasi birokrasi otorita otoritas percepatan penyelenggara kesekretariatan jenderal deputi asisten koordinasi
  layanan pemeriksa penanggung jawab penata pengatur juru pengadministrasi pengolah verifikator sopir pengemudi satpam teknisi
  laboran pustakawan tenaga kontrak harian lepas pendamping fasilitator kader relawan petugas
  bahasa inggris arab jawa sunda asing kristen katolik islam protestan hindu buddha budha konghucu matematika fisika kimia
  biologi sejarah geografi sosiologi antropologi jasmani bimbingan konseling kelas seni budaya musik tari prakarya
  kewarganegaraan penggerak mata pelajaran mapel produktif muatan lokal tematik pengajar kependidikan usaha
  ajudan kebijakan penyelia mahir terampil pemula kelola sistem teknologi ruangan gigi spesialis sub
  subbidang bicara riset inovasi kelautan imigrasi lanjut usia pengendalian penyelamatan sosial
  mendagri menpan menpanrb mensos menkes mendikbud mendikbudristek menkumham menko menkeu menag menteri bersama
`);


interface Token {
  readonly text: string;
  /** The word without its trailing dot, lower case. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly dotted: boolean;
}

const tokenPattern = /[\p{L}][\p{L}\p{M}'’\-]*\.?|\d+[\p{L}\d]*\.?/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m !== null; m = tokenPattern.exec(text)) {
    const dotted = m[0].endsWith(".");
    const bare = dotted ? m[0].slice(0, -1) : m[0];
    tokens.push({ text: bare, lower: bare.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length, dotted });
  }
  return tokens;
}

const plain = (s: string) => s.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]/g, "");
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isAllCaps = (t: Token) => !/\p{Ll}/u.test(t.text);
const isLetter = (t: Token) => t.text.length === 1 && /\p{Lu}/u.test(t.text);
const known = (t: Token) => notNames.has(t.lower) || honorifics.has(t.lower) || roles.has(t.lower) || namedAfter.has(t.lower);

/**
 * A word that can be part of a person's name: capitalised and not all capitals (which is
 * an abbreviation or initials), no digit, not a known word, and at least three letters
 * with a vowel ("Nu", "Rf" and "Ftr" are how reports shorten a name, like initials).
 */
function isNameWord(t: Token): boolean {
  if (!isCapitalised(t) || isAllCaps(t) || /\d/.test(t.text) || known(t)) return false;
  return t.text.length >= 4 || (t.text.length === 3 && /[aeiouy]/i.test(t.text));
}

/** Only spaces between two tokens (or none after a dot): they belong to one phrase. */
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
const joined = (text: string, a: Token, b: Token) => /^ {1,3}$/.test(gap(text, a, b)) || (a.dotted && /^ {0,3}$/.test(gap(text, a, b)));

const roleLike = /^ka(?:dis|bid|bag|ban|sat|nit|si|sub|pus|des|rutan|lapas|kankemenag)/;
const isRole = (t: Token) => roles.has(t.lower) || roleLike.test(t.lower);
// Kinds of worker ("ASN", "guru"), as opposed to posts: a list of staff names them too.
const kindsOfWorker = words("asn pns pppk p3k honorer guru pegawai staf operator bendahara dosen bidan dokter perawat penyuluh");
const genericRoles = new Set([...kindsOfWorker, ...words("warga pelapor terlapor saksi pelaku")]);
const speakers = words("aktivis orator juru bicara jubir");
const isTitle = (t: Token) => (isRole(t) || speakers.has(t.lower)) && !genericRoles.has(t.lower);
// Roles of one person, after which a name is the only thing that can follow.
const personRoles = words("saksi pelapor terlapor pelaku tersangka terdakwa korban istri suami rekan");
// Roles of a village or a district: a known village or district follows, then perhaps a name.
const districtRoles = words("camat sekcam");
const villageRoles = words("camat sekcam lurah kades keuchik geuchik kuwu pambakal pembakal perbekel penghulu sangadi");
const directions = words("utara selatan barat timur tengah raya baru lama hulu hilir ilir ulu atas bawah dalam luar besar kecil kidul wetan kulon lor induk");
// Openers whose name is a place: one known place (or one unknown word), then directions.
const placeOpeners = words(`
  kecamatan kelurahan desa dusun kampung kampong nagari gampong jorong pekon kalurahan kapanewon kemantren distrik lingkungan
  kabupaten kota provinsi kab kec kel prov kodya pemkab pemkot pemprov pemko pemda pemdes bawaslu panwaslih panwaslu panwas panwascam kpu kpud
  polres polda polsek kodim koramil kejari kejati pn rt rw administrasi pulau
`);
// Openers written in lower case as often as not: "grup WhatsApp X", "akun X".
const lowercaseOpeners = words("nabi grup group akun aplikasi kanal channel halaman komunitas paguyuban forum kelompok");
const lowercaseAddress = words("saudara saudari sdr sdri bapak bpk pak ibu bu tuan nyonya ny haji kiai kyai ustaz ustadz");
const prepositions = words("di ke dari pada se warga wilayah daerah kawasan sekitar menuju asal");
// Words before the title of an event, a programme or a document.
const titleBefore = words("dalam untuk tentang bertajuk bertema berjudul tema judul program kegiatan acara lomba sosialisasi dan atau serta kepada oleh melalui via");

class Reader {
  readonly text: string;
  readonly places: Places | undefined;
  readonly tokens: Token[];

  constructor(text: string, places: Places | undefined) {
    this.text = text;
    this.places = places;
    this.tokens = tokenize(text);
  }

  /** Whether token i is in one phrase with the token before it. */
  joined(i: number): boolean {
    return i > 0 && i < this.tokens.length && joined(this.text, this.tokens[i - 1]!, this.tokens[i]!);
  }

  /** Whether only spaces, brackets and dashes stand between token i and the one before: one clause. */
  sameClause(i: number): boolean {
    return i > 0 && i < this.tokens.length && /^[\s()\-–"“”'‘’]*$/.test(gap(this.text, this.tokens[i - 1]!, this.tokens[i]!));
  }

  /** Whether a colon, a slash, a dash, a bracket or a quote mark stands between token i and the one before: "Sdr.: X", "Sdr. (X)". */
  punctuatedAfter(i: number): boolean {
    return i > 0 && i < this.tokens.length && /^ ?[:/\-–("“'‘] ?$/.test(gap(this.text, this.tokens[i - 1]!, this.tokens[i]!));
  }

  /** A word that is also a name ("Mei", "Sabtu", "Karya"), then a name word: "Ibu Mei Lestari" after a form of address. */
  alsoAName(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && isCapitalised(t) && alsoNames.has(t.lower) && this.joined(i + 1) && isNameWord(this.tokens[i + 1]!);
  }

  commaBefore(i: number): boolean {
    return i > 0 && i < this.tokens.length && /^\s*,\s*$/.test(gap(this.text, this.tokens[i - 1]!, this.tokens[i]!));
  }

  /** How many tokens from i form a known place name (up to four words), or 0; `village` takes one-word villages too. */
  placeAt(i: number, village = false): number {
    const places = this.places;
    if (places === undefined) return 0;
    let best = 0;
    let key = "";
    for (let j = i; j < this.tokens.length && j < i + 5; j++) {
      if (j > i && !this.joined(j)) break;
      // "Pangkajene dan Kepulauan": a place's name may hold a lower-case "dan".
      if (!isCapitalised(this.tokens[j]!) && !(j > i && this.tokens[j]!.lower === "dan")) break;
      key += plain(this.tokens[j]!.lower);
      if (places.has(key) || (village && places.hasVillage(key))) best = j - i + 1;
    }
    return best;
  }

  /** How many tokens after the opener at j belong to what it names. */
  span(j: number): number {
    const { tokens } = this;
    let k = j + 1;
    if (placeOpeners.has(tokens[j]!.lower)) {
      while (k < tokens.length && this.joined(k) && ((notNames.has(tokens[k]!.lower) && !directions.has(tokens[k]!.lower)) || isAllCaps(tokens[k]!))) k++;
      if (k < tokens.length && this.joined(k) && isCapitalised(tokens[k]!)) k += Math.max(1, this.placeAt(k, true));
      while (k < tokens.length && this.joined(k) && (directions.has(tokens[k]!.lower) || /^\d/.test(tokens[k]!.text))) k++;
      return k - j - 1;
    }
    // "RSUD dr. Soetomo": a title in lower case is part of the name.
    while (k < tokens.length && this.joined(k) && (isCapitalised(tokens[k]!) || /^\d/.test(tokens[k]!.text) || (honorifics.has(tokens[k]!.lower) && tokens[k]!.dotted))) k++;
    return k - j - 1;
  }

  /** Whether token i is part of the name of an institution, a place or a thing named after someone. */
  insideNamedThing(i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - 10 && this.joined(j + 1); j--) {
      const t = this.tokens[j]!;
      if (namedAfter.has(t.lower) && (isCapitalised(t) || lowercaseOpeners.has(t.lower))) {
        // "Kepala Sekolah Yohanis Nope": a post, then a name, not a school's.
        if (t.lower === "sekolah" && j > 0 && this.joined(j) && schoolPosts.has(this.tokens[j - 1]!.lower) && isNameWord(this.tokens[j + 1]!)) return false;
        return i <= j + this.span(j);
      }
      if (!isCapitalised(t) && !/^\d/.test(t.text) && !(honorifics.has(t.lower) && t.dotted)) return false;
    }
    return false;
  }

  /**
   * The length in tokens of the name that starts at token i, or 0: name words, with
   * titles and single letters among them ("H. Moh. Rasyidi", "M Faisal", "I Wayan
   * Sudarsa"). With `placesEnd`, a name whose first word is a known place is none.
   */
  nameAt(i: number, placesEnd = true): number {
    const { tokens } = this;
    let j = i;
    let nameWords = 0;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (j > i && !this.joined(j)) break;
      const beforeMore = this.joined(j + 1);
      if (honorifics.has(t.lower) && isCapitalised(t) && beforeMore) {
        j++;
        continue;
      }
      if (isLetter(t) && beforeMore && (nameWords === 0 || t.dotted)) {
        j++; // "M Faisal", "I Wayan", "Rahmat S. Gamgulu"
        continue;
      }
      if (isNameWord(t)) {
        if (placesEnd && this.placeAt(j) > (nameWords === 0 ? 0 : 1)) {
          if (nameWords === 0) return 0;
          break; // "Dispenda Sulawesi Tenggara": the place ends the run
        }
        nameWords++;
        j++;
        continue;
      }
      break;
    }
    // Back off any trailing title or letter that no name word followed.
    while (j > i && !isNameWord(tokens[j - 1]!)) j--;
    return nameWords > 0 ? j - i : 0;
  }

  /** A name starting at i, not inside a named thing. */
  nameStarts(i: number, placesEnd = true): number {
    return i < this.tokens.length && !this.insideNamedThing(i) ? this.nameAt(i, placesEnd) : 0;
  }

  nameWordsIn(i: number, len: number): number {
    let n = 0;
    for (let j = i; j < i + len; j++) if (isNameWord(this.tokens[j]!)) n++;
    return n;
  }
}

/** The degree ("S.Pd.", "S.Pd.I", "M.Si", "SPdI", "Ph.D") starting at token i: its length, negative when it counts only beside another. */
function degreeAt(tokens: readonly Token[], i: number): number {
  let key = "";
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    // "S.Pd.", and "S. Pd." with a space after a single letter.
    if (j > i && !(prev.dotted && (t.start === prev.end || (prev.text.length === 1 && t.start === prev.end + 1)))) break;
    if (t.text.length > 5) break;
    key += t.lower;
    if (degrees.has(key)) {
      if (!weakDegrees.has(key) || j > i || t.dotted) return j - i + 1;
      const next = tokens[j + 1];
      if (next !== undefined && degrees.has(next.lower.replace(/\./g, ""))) return j - i + 1;
      return -(j - i + 1);
    }
  }
  return 0;
}

// Phrases after which a name follows. Strong ones announce a person whatever the word (a
// name that is also a place's is still a name); weak ones may announce a place as well.
const strongAnnouncers = [
  /\batas\s+nama\s*:?\s*['"‘“@#]?/giu,
  /(?:^|[\s(])(?:a\.\s?n\.?|an\.|a\/n\.?)\s*/giu,
  /\bbernama\s+(?:lengkap\s+)?['"‘“@#]?/giu,
  /\bsebut\s+saja\s+/giu,
  /\bnama\s+(?:lengkap\s+)?(?:pelapor|terlapor|asn|pegawai|guru|terduga|oknum|pelaku|saksi|tersangka)\s*:?\s*/giu,
  // Initials are how reports anonymise; a full name after the word is not ("berinisial Wahyudin Saragih"),
  // nor one in brackets after the initials ("berinisial DM (Darius Manafe)").
  /\b(?:ber)?inisial(?:nya)?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/gu,
  /\b(?:ber)?inisial(?:nya)?\s+[\p{Lu}.]{1,8}\s*\(\s*/gu,
  /\bmengaku\s+sebagai\s+/giu,
  /\b(?:bin|binti)\s+/giu,
  /\b(?:disapa|sapaan|panggilan|dipanggil)\s+(?:akrab\s+)?/giu,
  /(?:^|[.!?"“,]\s*)(?:halo,?\s*)?(?:saya|aku)\s+/giu,
  /(?:^|\s)@(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu,
];
const weakAnnouncers = [
  /\b(?:yakni|yaitu|antara\s+lain|adalah|ialah|diketuai|dipimpin|milik|masing-masing)\s+/giu,
  /\b(?:ada|terdapat|dengan|tercantum|tertera)\s+nama\s+/giu,
  /(?:^|[.!?]\s+)nama\s+/giu,
  /\b(?:kata|ujar|ungkap|jelas|tutur|tambah|imbuh|terang|tegas|papar|ucap|menurut|pungkas|tandas|kilah|sambung|lanjut)\s+/giu,
];
// Words after a name that say it was one.
const afterName = /^\s*(?:,\s*)?(?:selaku|sebagai|sapaan|panggilan|alias|yang\s+(?:akrab|biasa)\s+disapa|\(bukan\s+nama|bin|binti)\b/iu;
// A person's age in brackets after a name, as reports write it: "Darius Manafe (45)".
const ageAfter = /^\s*\(\s*(\d{2})\s*(?:th|thn|tahun)?\.?\s*\)/iu;
// The words before a name set off by commas after a kind of worker: "Seorang guru, X Y, hadir", "Oknum ASN tersebut, X Y,".
const workers = new Set([...kindsOfWorker, ...words("oknum tersebut")]);
// Words after "Name," that describe the person.
const describesPerson = words("oknum seorang pejabat salah");
// A group's, a page's or a place's name follows "bernama" after these.
const groupBefore = /\b(?:grup|group|komunitas|organisasi|paguyuban|forum|kelompok|aplikasi|kanal|channel|halaman|posko|usaha|toko|desa|dusun|kampung|jalan|gerakan|program)\b(?:\s+\S+){0,2}\s*$/iu;

/** The index of the first token of a name in free text, or -1. */
function findInFreeText(r: Reader, strict = false): number {
  const { tokens, text } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A. A form of address or title, then a name: "Sdr. Rudi", "Bapak H. Ahmad", "dr. Yohanes", "H Syamsul".
    if (honorifics.has(t.lower) && (isCapitalised(t) || t.dotted || lowercaseAddress.has(t.lower)) && (r.joined(i + 1) || r.punctuatedAfter(i + 1))) {
      if (!r.insideNamedThing(i) && (r.nameAt(i + 1, false) > 0 || r.alsoAName(i + 1))) return i;
    }
    // C. Degrees after a name: "Rizky Pratama, S.H.", "Marzuki SSos MSi".
    if (i > 0 && (isCapitalised(t) || t.dotted) && t.text.length <= 5) {
      const degree = degreeAt(tokens, i);
      const prev = tokens[i - 1]!;
      const between = gap(text, prev, t);
      // A weak degree ("SE", "MM") counts after a comma, or straight after a name of two words.
      const weakCounts = between.includes(",") || (i > 1 && r.joined(i - 1) && isNameWord(tokens[i - 2]!));
      // A name in capitals before a degree with its dots: "DARIUS MANAFE, S.Pd.".
      const capitalName = (k: number) => k >= 0 && isAllCaps(tokens[k]!) && tokens[k]!.text.length >= 3 && /[AEIOUY]/.test(tokens[k]!.text) && !known(tokens[k]!);
      const named = isNameWord(prev) || (degree > 0 && capitalName(i - 1) && capitalName(i - 2) && r.joined(i - 1));
      if (degree !== 0 && (degree > 0 || weakCounts) && /^\s*,?\s*$/.test(between) && named && !r.insideNamedThing(i - 1)) return i - 1;
    }
    if (strict) continue;
    // Roles of one person: "Saksi Darmawan", "pelaku Maemunah", "Pelapor Yeni".
    if (personRoles.has(t.lower) && r.joined(i + 1) && r.nameStarts(i + 1, false) > 0) return i + 1;
    if (isCapitalised(t)) {
      // Roles of a village or district: "Camat Fikri", "Lurah Pallette Yuli" (a known place,
      // then a name). A village may be missing from the list, so one unknown word after a
      // village's role is taken for the village; after a camat's, for a name.
      if (villageRoles.has(t.lower) && r.places !== undefined && r.joined(i + 1) && !r.insideNamedThing(i)) {
        let at = i + 1;
        if (placeOpeners.has(tokens[at]!.lower) && r.joined(at + 1)) at++;
        const place = r.placeAt(at, true);
        if (place > 0) {
          if (r.joined(at + place) && r.nameAt(at + place, false) > 0) return at + place;
        } else {
          const len = r.nameAt(at, false);
          if (len > 0 && (districtRoles.has(t.lower) || r.nameWordsIn(at, len) >= 2)) return at;
        }
      }
      // A post, its institution and its region, then a name: "Kepala Dinas Pendidikan
      // Provinsi Jawa Barat Iman Sulaeman", "Ketua Bawaslu Haltim Rusdi Hi. Usman".
      if (isTitle(t)) {
        const at = afterRolePhrase(r, i);
        if (at > 0) return at;
      }
    } else if (isTitle(t) && !genericRoles.has(t.lower)) {
      const at = afterRolePhrase(r, i);
      if (at > 0) return at;
    }
  }

  for (const [patterns, placesEnd] of strict ? ([[strongAnnouncers, false]] as const) : ([[strongAnnouncers, false], [weakAnnouncers, true]] as const)) {
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const end = m.index + m[0].length;
        const at = tokens.findIndex((tk) => tk.start >= end);
        if (at < 0 || /[.,;:!?]/.test(text.slice(end, tokens[at]!.start))) continue;
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (/bernama/i.test(m[0]) && groupBefore.test(before)) continue;
        const len = r.nameStarts(at, placesEnd);
        // An account's name is a person's when it reads as one: two name words.
        if (len > 0 && (!/\bakun\b[^,.;]*$/i.test(before) || r.nameWordsIn(at, len) >= 2)) return at;
      }
    }
  }

  if (strict) return -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNameWord(t)) continue;
    const prev = tokens[i - 1];
    if (prev !== undefined && r.joined(i) && (isNameWord(prev) || honorifics.has(prev.lower))) continue;
    // A name may open with a letter: "M Rizky Aulia".
    const start = prev !== undefined && r.joined(i) && isLetter(prev) ? i - 1 : i;
    if (r.insideNamedThing(start) || afterPreposition(r, start)) continue;
    const len = r.nameAt(start);
    if (len === 0) continue;
    const after = text.slice(tokens[start + len - 1]!.end);
    // F. A name, then a word that says so: "Painem selaku Kades", "Pardi sapaan akrab ...".
    if (afterName.test(after)) return start;
    // D. A name set off by a comma beside a post: "Y Z, Ketua Bawaslu ...", "Samsuri, oknum PPK".
    const described = /^\s*,\s*(\p{L}+)/u.exec(after);
    if (described !== null) {
      const word = described[1]!.toLowerCase();
      if (roles.has(word) || roleLike.test(word) || describesPerson.has(word)) return start;
    }
    // "Camat X, Y Z, dan", "Ketua Bawaslu Nunukan, Moch. Sulaiman, menyebut".
    if (postBeforeComma(r, start)) return start;
    const age = ageAfter.exec(after);
    if (age !== null && Number(age[1]) >= 15) return start;
    // Two name words, neither a place: "PNS Pemko Banjarbaru" is an office and its city.
    if (r.nameWordsIn(start, len) >= 2 && tokens.slice(start, start + len).every((_, k) => r.placeAt(start + k) === 0)) {
      // "Seorang guru, X Y, hadir", "Staf Dinas Sosial, X Y, hadir": set off by commas after a kind of worker.
      if (r.commaBefore(start) && /^\s*,/.test(after) && workerBefore(r, start)) return start;
      // "guru honorer X Y", "ASN X Y": a kind of worker, then a name.
      const before = tokens[start - 1];
      if (before !== undefined && r.joined(start) && workers.has(before.lower) && before.lower !== "tersebut") return start;
    }
    // G. Three name words in a row, none a known word or place, after a verb and not in
    // quotes: "memilih Bayu Anggara Putra" (a title such as "Uji Kompetensi Wartawan" follows
    // a word like "dalam" or "bertajuk", and passes).
    if (r.nameWordsIn(start, len) >= 3 && start > 0 && !isCapitalised(tokens[start - 1]!) && !titleBefore.has(tokens[start - 1]!.lower)
      && !/[.!?"“'‘(]\s*$/.test(text.slice(0, tokens[start]!.start))) return start;
    // "Yusuf Hermawan Camat Gubeng", "Fadli Hasibuan Kabid Sosial": two name words, then a post.
    const next = tokens[start + len];
    if (next !== undefined && r.joined(start + len) && isCapitalised(next) && isTitle(next) && r.nameWordsIn(start, len) >= 2) return start;
  }
  return -1;
}

/** Whether a kind of worker stands among the few words before the comma before token i. */
function workerBefore(r: Reader, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (workers.has(r.tokens[j]!.lower)) return true;
    if (j < i - 1 && !r.sameClause(j + 1)) return false;
  }
  return false;
}

function afterPreposition(r: Reader, i: number): boolean {
  const prev = r.tokens[i - 1];
  if (prev === undefined || !r.joined(i)) return false;
  if (prepositions.has(prev.lower)) return true;
  // Initials however they are spelt ("berinisial Abd"): one short word, not a full name.
  const next = r.tokens[i + 1];
  return initialsBefore.has(prev.lower) && r.tokens[i]!.text.length <= 4 && !(next !== undefined && r.joined(i + 1) && isNameWord(next));
}

// "ASN berinisial Abd, guru SD": what follows is how reports anonymise, however it is spelt.
const initialsBefore = words("berinisial inisial inisialnya initials");

/**
 * Whether a post stands just before the comma before token i: "Camat Sayurmatinggi, X",
 * "anggota Panwaslu Kecamatan Malaka Timur, X"; a place or an abbreviation may stand
 * between ("Camat Sabak Auh, Kabupaten Siak, X"; "Ketua LSM Jawa Pes, DPD Jatim, X").
 */
function postBeforeComma(r: Reader, i: number): boolean {
  const { tokens } = r;
  let end = i;
  for (let hops = 0; hops < 3; hops++) {
    if (!r.commaBefore(end)) return false;
    // The capitalised phrase before the comma, and the post word in lower case that may open it.
    let j = end - 1;
    const capital = (k: number) => isCapitalised(tokens[k]!) || /^\d/.test(tokens[k]!.text);
    while (j > 0 && r.sameClause(j) && j > end - 9 && (capital(j - 1) || (/^(?:dan|serta|&)$/.test(tokens[j - 1]!.lower) && j > 1 && capital(j - 2)))) j--;
    // "anggota Panwaslu ...", "Kuasa hukum Paslon ...", "Mahasiswa asal Konawe": a post just before.
    if (j > 0 && r.sameClause(j) && isTitle(tokens[j - 1]!)) j--;
    else if (j > 1 && r.sameClause(j) && r.sameClause(j - 1) && isTitle(tokens[j - 2]!)) j -= 2;
    const phrase = tokens.slice(j, end);
    if (phrase.some(isTitle)) return true;
    // Hop only over a place or an abbreviation.
    const place = placeOpeners.has(phrase[0]!.lower) || r.placeAt(j) === phrase.length || phrase.every((t) => isAllCaps(t) || r.placeAt(tokens.indexOf(t)) > 0);
    if (!place) return false;
    end = j;
  }
  return false;
}

/** After a post, its institution and a region: the index of a name that follows, or 0. */
function afterRolePhrase(r: Reader, i: number): number {
  const { tokens } = r;
  if (r.insideNamedThing(i)) return 0;
  let k = i + 1;
  let sawPlace = false;
  while (k < tokens.length && r.sameClause(k) && k < i + 12) {
    const t = tokens[k]!;
    if (placeOpeners.has(t.lower) && isCapitalised(t)) {
      k += 1 + r.span(k);
      sawPlace = true;
      continue;
    }
    const place = r.placeAt(k);
    if (place > 0 && !notNames.has(t.lower)) {
      k += place;
      sawPlace = true;
      while (k < tokens.length && r.joined(k) && directions.has(tokens[k]!.lower)) k++;
      continue;
    }
    if (sawPlace && (isNameWord(t) || honorifics.has(t.lower) || isLetter(t))) {
      const len = r.nameAt(k);
      return len > 0 ? k : 0;
    }
    if (namedAfter.has(t.lower)) return 0; // "Kepala SDN X ...": the school's name
    if (!isCapitalised(t) && !/^\d/.test(t.text)) return 0;
    k++;
  }
  return 0;
}

// Grades of posts and offices, which are names too in free text: "Ahli Muda", "KPP Pratama".
const gradeWords = words("pratama madya utama muda");

/**
 * In a role or institution field, any capitalised word that is not a role or
 * institution word, a place, part of a named institution, initials or an abbreviation.
 */
function findInRole(r: Reader): boolean {
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) || isAllCaps(t) || /\d/.test(t.text) || known(t) || gradeWords.has(t.lower)) continue;
    if (r.insideNamedThing(i)) continue;
    const prev = tokens[i - 1];
    const place = r.placeAt(i, prev !== undefined && villageRoles.has(prev.lower));
    if (place > 0) {
      i += place - 1;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * The text with every kind of space read as one: a non-breaking, narrow, ideographic or
 * figure space (pasted text is full of them), a tab or a line break, or a run of spaces.
 */
function spacedAsTyped(text: string): string {
  const t = /[^\x00-\x7F]/.test(text) ? text.normalize("NFKC") : text;
  return /[\t\n\r\f\v]| {4}|[^\S ]/.test(t) ? t.replace(/\s+/g, " ") : t;
}

/**
 * Whether `text` holds a person's name. `rule` "free" is for descriptions and notes,
 * "role" for a field that may hold only a role or an institution. `places` are the
 * known places (regions, districts, villages), so that a place is not taken for a name.
 */
export function findPersonalName(text: string, rule: NameRule, places?: Places): boolean {
  if (text.length > 20_000) return false; // longer cells are refused for their length
  if (!/\p{Lu}\p{Ll}/u.test(text)) return false; // no capitalised word at all
  const reader = new Reader(spacedAsTyped(text), places);
  if (findInFreeText(reader, rule === "citation") >= 0) return true;
  return rule === "role" && findInRole(reader);
}

// A byline in a citation: "Penulis: X", "Reporter X", a name with the desk's code
// ("Budi Santoso (abc/k10)"), or a name in capitals on its own ("BUDI SANTOSO").
// "Laporan" labels a byline only as "Laporan: X" or "Laporan wartawan X"; "Laporan Dugaan
// ..." opens a headline.
const bylineLabel = /(?:\bditulis\s+oleh\s+\p{Lu}|(?:^|[,;|(]\s*)(?:(?:penulis|reporter|wartawan|pewarta|editor|penyunting|jurnalis|kontributor|oleh|by|author)\s*[:\-]?|laporan\s*(?::|-|(?:wartawan|reporter|koresponden|kontributor)\b))\s*\p{Lu})/iu;
const deskCode = /(?:^|,\s*)(\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+){0,3})\s*\([a-z0-9]{1,6}\/[a-z0-9]{1,6}\)/u;
// The writer inside the desk's code: "(Darius Manafe/ika)".
const nameInCode = /\(\s*(\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+){0,3})\s*\/\s*[a-z0-9]{1,6}\s*\)/u;
const capitalsOnly = /(?:^|,\s*)(\p{Lu}{3,}(?:\s+\p{Lu}{2,}){1,3})\s*(?:,|$)/u;
const publisherWords = words("nusantara pos post news berita media harian koran tribun times online today ekspres express radar suara pikiran rakyat kabar warta info indonesia antara kompas tempo detik republika kumparan metro sindo okezone liputan jawa bali timur barat tengah utara selatan tv net bawaslu kpu kasn bkn");

// Citations repeat their publisher's name in every row: each piece is judged once.
const bareNames = new Map<string, boolean>();
function isBareName(piece: string, places: Places | undefined): boolean {
  let verdict = bareNames.get(piece);
  if (verdict === undefined) {
    const reader = new Reader(piece, places);
    verdict = reader.tokens.every((t, i) => (isNameWord(t) || (isLetter(t) && t.dotted)) && !publisherWords.has(t.lower) && !headlineWord(t.lower) && reader.placeAt(i) === 0);
    if (bareNames.size > 10_000) bareNames.clear();
    bareNames.set(piece, verdict);
  }
  return verdict;
}

// Words of headlines and editions, not of names: "Jelang Pencoblosan", "Begini Penjelasannya", "Edisi Cetak".
const headlineWords = words(`
  jelang usai pasca soal begini begitu inilah berikut simak heboh viral video foto resmi lengkap daftar terbaru update
  eksklusif opini editorial tajuk sorotan khusus edisi cetak digital kolom liputan laporan
`);
// Words made with the affixes of Indonesian nouns ("pencoblosan", "penjelasannya", "kecurangan").
const headlineWord = (w: string) => headlineWords.has(w) || (w.length >= 8 && (/^(?:pe|ke)\p{L}+an(?:nya)?$/u.test(w) || /nya$/.test(w)));

const onlyCapitalisedWords = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*$/u;

/** Whether a text citation names a person (its writer or editor). */
export function findByline(citation: string, places?: Places): boolean {
  if (bylineLabel.test(citation)) return true;
  // A piece between commas that is nothing but two to four name words: "Kaltim Post, Budi
  // Santoso, 8 Februari 2024" (a publisher's name holds a word such as Post, Pos, Tribun or
  // a place; a title holds words in lower case). A piece spelt by the cited address's own
  // host is its publisher: "Jurnal Minang, ..., https://jurnalminang.id/...".
  const host = /https?:\/\/([^/\s?#]+)/i.exec(citation)?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, "") ?? "";
  const spelledByHost = (piece: string) => host !== "" && piece.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).every((w) => host.includes(w));
  for (const piece of citation.split(/[,;|]/)) {
    if (onlyCapitalisedWords.test(piece) && !spelledByHost(piece) && isBareName(piece.trim(), places)) return true;
  }
  const coded = citation.includes("/") ? (deskCode.exec(citation) ?? nameInCode.exec(citation)) : null;
  if (coded !== null && !coded[1]!.split(/\s+/).every((w) => known({ text: w, lower: w.toLowerCase(), start: 0, end: 0, dotted: false }))) return true;
  // A name alone in brackets: "Pos Kupang, 3 Januari 2024 (Darius Manafe)".
  if (citation.includes("(")) {
    for (const m of citation.matchAll(/\(([^()]{3,60})\)/g)) if (onlyCapitalisedWords.test(m[1]!) && isBareName(m[1]!.trim(), places)) return true;
  }
  const capitals = /\p{Lu}{3}/u.test(citation) ? capitalsOnly.exec(citation) : null;
  return capitals !== null && capitals[1]!.split(/\s+/).some((w) => w.length >= 3 && !publisherWords.has(w.toLowerCase()) && !notNames.has(w.toLowerCase()));
}
