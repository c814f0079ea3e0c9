// The command line's help (usage) and usage errors, in English and Vietnamese. The language
// follows the locale as gettext does: the first of LC_ALL, LC_MESSAGES and LANG that is set;
// a value starting with `vi` is Vietnamese, anything else English. Command names, flags and
// their values stay in English in both: they are syntax.

export type CliLanguage = 'en' | 'vi';

/** The language of the help and usage errors, from the environment. */
export function cliLanguage(env: Record<string, string | undefined>): CliLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /^vi/i.test(locale) ? 'vi' : 'en';
}

const USAGE_EN = `Usage:
  communique check [options] FILE|FOLDER|GLOB|-...
      --format pretty|json|sarif   output format (default: pretty)
      --vocab PATH                 extra vocabulary: a pack (YAML file or folder), a prh
                                   dictionary or a TBX term base (.tbx); repeatable
      --no-builtin                 do not load the built-in pack
      --date YYYY-MM-DD            report date when a file has none in its front matter
      --lang en|vi                 language when a file has none in its front matter
      --message-language auto|en|vi
                                   language of findings and fixes (default: each paragraph's)
      --max-warnings N             exit 1 when there are more than N warnings
      --no-config                  do not read the project configuration (.communique/)
      A report's project configuration is the nearest .communique/config.yaml above it;
      its packs (.communique/*.yaml, *.tbx) are read too. Flags layer over it.
  communique compare [options] SOURCE TARGET
      the pair check: TARGET, a translation (English <-> Vietnamese), against SOURCE, its
      original; findings located in TARGET, each with the original's sentence
      --format pretty|json|sarif, --vocab PATH, --no-builtin, --date YYYY-MM-DD,
      --message-language auto|en|vi, --no-config
                                   as for check
  communique rules [--format pretty|json]
      lists every rule: id, default severity, scope, summary
  communique config print [--vocab PATH]... [--date D] [--lang L] [--message-language L] [--no-config] FILE
      what applies to FILE (packs, severities, date, language, include/exclude)
      and where each value comes from
  communique vocab validate PATH...
  communique vocab import --from tbx|prh FILE [-o OUT]
      writes a TBX term base or a textlint-rule-prh dictionary as an editable YAML pack
      (to OUT, or standard output)
  communique vocab export --format tbx|prh [--vocab PATH]... [--no-builtin]
      writes the vocabulary's terms, bodies and titles as a TBX-Basic term base (TBX 2019),
      or its wrong-to-canonical part as a textlint-rule-prh dictionary
  communique vocab stats [--format pretty|json] [--vocab PATH]... [--no-builtin]
      counts the vocabulary's entries by kind and confidence, and its facts by publisher
  communique --help | --version

Exit codes: 0 clean, 1 findings over the limits, 2 usage error, unreadable file or invalid vocabulary.`;

const USAGE_VI = `Cách dùng:
  communique check [tùy chọn] FILE|FOLDER|GLOB|-...
      --format pretty|json|sarif   định dạng đầu ra (mặc định: pretty)
      --vocab PATH                 từ vựng bổ sung: một gói (tệp YAML hoặc thư mục), một từ điển
                                   prh hoặc một cơ sở thuật ngữ TBX (.tbx); dùng được nhiều lần
      --no-builtin                 không nạp gói từ vựng tích hợp sẵn
      --date YYYY-MM-DD            ngày của báo cáo, khi phần đầu (front matter) của tệp không ghi
      --lang en|vi                 ngôn ngữ của báo cáo, khi phần đầu (front matter) của tệp không ghi
      --message-language auto|en|vi
                                   ngôn ngữ của kết quả kiểm tra và cách sửa (mặc định: theo
                                   ngôn ngữ của từng đoạn văn)
      --max-warnings N             thoát với mã 1 khi có nhiều hơn N cảnh báo
      --no-config                  không đọc cấu hình dự án (.communique/)
      Cấu hình dự án của một báo cáo là tệp .communique/config.yaml gần nhất ở các thư mục
      phía trên báo cáo; các gói trong đó (.communique/*.yaml, *.tbx) cũng được đọc. Các
      tùy chọn dòng lệnh được áp lên trên cấu hình này.
  communique compare [tùy chọn] SOURCE TARGET
      đối chiếu bản dịch: TARGET, bản dịch (Anh <-> Việt), so với SOURCE, bản gốc; các phát
      hiện nằm trong TARGET, mỗi phát hiện kèm câu tương ứng của bản gốc
      --format pretty|json|sarif, --vocab PATH, --no-builtin, --date YYYY-MM-DD,
      --message-language auto|en|vi, --no-config
                                   như với lệnh "check"
  communique rules [--format pretty|json]
      liệt kê mọi quy tắc: mã, mức độ mặc định, phạm vi, tóm tắt
  communique config print [--vocab PATH]... [--date D] [--lang L] [--message-language L] [--no-config] FILE
      những gì áp dụng cho FILE (gói từ vựng, mức độ, ngày, ngôn ngữ, include/exclude)
      và nguồn gốc của từng giá trị
  communique vocab validate PATH...
  communique vocab import --from tbx|prh FILE [-o OUT]
      chuyển một cơ sở thuật ngữ TBX hoặc một từ điển textlint-rule-prh thành một gói YAML
      có thể chỉnh sửa (ghi ra OUT, hoặc ra đầu ra chuẩn)
  communique vocab export --format tbx|prh [--vocab PATH]... [--no-builtin]
      xuất thuật ngữ, tên cơ quan và chức danh của bộ từ vựng thành cơ sở thuật ngữ TBX-Basic
      (TBX 2019), hoặc phần ánh xạ từ dạng sai sang dạng chuẩn thành từ điển textlint-rule-prh
  communique vocab stats [--format pretty|json] [--vocab PATH]... [--no-builtin]
      đếm các mục của bộ từ vựng theo loại và độ tin cậy, và các dữ kiện theo nguồn công bố
  communique --help | --version

Mã thoát: 0 không có vấn đề, 1 có phát hiện vượt giới hạn, 2 lỗi cách dùng, tệp không đọc được hoặc từ vựng không hợp lệ.`;

/** The help text. */
export function usage(lang: CliLanguage): string {
  return lang === 'vi' ? USAGE_VI : USAGE_EN;
}

const got = (args: string[]): string => args.join(' ');

/** Usage errors, by key. The English texts are the contract tests and scripts match. */
const EN = {
  unknownCommand: (argv: string[]) => `Unknown command: ${got(argv)}`,
  date: (value: string) => `--date must be a date written YYYY-MM-DD, not "${value}"`,
  lang: (value: string) => `--lang must be en or vi, not "${value}"`,
  messageLanguage: (value: string) => `--message-language must be auto, en or vi, not "${value}"`,
  checkFormat: (value: string) => `--format must be pretty, json or sarif, not "${value}"`,
  maxWarnings: (value: string) => `--max-warnings must be a number, not "${value}"`,
  checkInputs: () => 'check needs at least one file, folder, glob or - (standard input)',
  compareInputs: (args: string[]) => `compare takes two files, SOURCE and TARGET (got ${args.length === 0 ? 'none' : got(args)})`,
  rulesFormat: (value: string | undefined) => `rules takes --format pretty or json, not "${value}"`,
  rulesArguments: (args: string[]) => `rules takes no arguments (got ${got(args)})`,
  configFile: (args: string[]) => `config print takes one file (got ${args.length === 0 ? 'none' : got(args)})`,
  configFormat: (value: string | undefined) => `config print takes --format pretty or json, not "${value}"`,
  validatePaths: () => 'vocab validate needs at least one path',
  statsFormat: (value: string | undefined) => `vocab stats takes --format pretty or json, not "${value}"`,
  statsArguments: (args: string[]) => `vocab stats takes no file arguments (got ${got(args)}); use --vocab`,
  exportFormat: (value: string | undefined) => `vocab export needs --format tbx or --format prh${value === undefined ? '' : `, not "${value}"`}`,
  exportArguments: (args: string[]) => `vocab export takes no file arguments (got ${got(args)}); use --vocab`,
  importFrom: (value: string | undefined) => `vocab import needs --from tbx or --from prh${value === undefined ? '' : `, not "${value}"`}`,
  importFile: (args: string[]) => `vocab import takes one file (got ${args.length === 0 ? 'none' : got(args)})`,
};

type Messages = typeof EN;
export type UsageKey = keyof Messages;

const VI: Messages = {
  unknownCommand: (argv) => `Lệnh không xác định: ${got(argv)}`,
  date: (value) => `--date phải là một ngày viết theo dạng YYYY-MM-DD, không phải "${value}"`,
  lang: (value) => `--lang phải là en hoặc vi, không phải "${value}"`,
  messageLanguage: (value) => `--message-language phải là auto, en hoặc vi, không phải "${value}"`,
  checkFormat: (value) => `--format phải là pretty, json hoặc sarif, không phải "${value}"`,
  maxWarnings: (value) => `--max-warnings phải là một số, không phải "${value}"`,
  checkInputs: () => 'lệnh check cần ít nhất một tệp, thư mục, mẫu glob hoặc - (đầu vào chuẩn)',
  compareInputs: (args) => `lệnh compare nhận đúng hai tệp, SOURCE và TARGET (nhận được: ${args.length === 0 ? 'không có tệp nào' : got(args)})`,
  rulesFormat: (value) => `lệnh rules nhận --format pretty hoặc json, không phải "${value}"`,
  rulesArguments: (args) => `lệnh rules không nhận đối số nào (nhận được: ${got(args)})`,
  configFile: (args) => `lệnh config print nhận đúng một tệp (nhận được: ${args.length === 0 ? 'không có tệp nào' : got(args)})`,
  configFormat: (value) => `lệnh config print nhận --format pretty hoặc json, không phải "${value}"`,
  validatePaths: () => 'lệnh vocab validate cần ít nhất một đường dẫn',
  statsFormat: (value) => `lệnh vocab stats nhận --format pretty hoặc json, không phải "${value}"`,
  statsArguments: (args) => `lệnh vocab stats không nhận đối số là tệp (nhận được: ${got(args)}); hãy dùng --vocab`,
  exportFormat: (value) => `lệnh vocab export cần --format tbx hoặc --format prh${value === undefined ? '' : `, không phải "${value}"`}`,
  exportArguments: (args) => `lệnh vocab export không nhận đối số là tệp (nhận được: ${got(args)}); hãy dùng --vocab`,
  importFrom: (value) => `lệnh vocab import cần --from tbx hoặc --from prh${value === undefined ? '' : `, không phải "${value}"`}`,
  importFile: (args) => `lệnh vocab import nhận đúng một tệp (nhận được: ${args.length === 0 ? 'không có tệp nào' : got(args)})`,
};

const MESSAGES: Record<CliLanguage, Messages> = { en: EN, vi: VI };

/** A mistake in the command line: exit 2, the message and the usage on standard error. Its `message` is the English text. */
export class UsageError<K extends UsageKey = UsageKey> extends Error {
  readonly key: K;
  readonly args: Parameters<Messages[K]>;
  constructor(key: K, ...args: Parameters<Messages[K]>) {
    super(usageText(EN, key, args));
    this.key = key;
    this.args = args;
  }
}

function usageText<K extends UsageKey>(messages: Messages, key: K, args: Parameters<Messages[K]>): string {
  return (messages[key] as (...a: Parameters<Messages[K]>) => string)(...args);
}

/**
 * What to say of a usage error: ours in the language asked for; one of `util.parseArgs`
 * (`ERR_PARSE_ARGS_*`) in Vietnamese when its English wording is one we know, else as Node
 * words it.
 */
export function usageErrorMessage(e: Error, lang: CliLanguage): string {
  if (e instanceof UsageError) return usageText(MESSAGES[lang], e.key, e.args);
  if (lang === 'en') return e.message;
  return parseArgsMessageVi(e.message) ?? e.message;
}

function parseArgsMessageVi(message: string): string | undefined {
  let m = /^Unknown option '([^']+)'/.exec(message);
  if (m) {
    const hint = /positional argument/.test(message) ? `. Để truyền một đối số vị trí bắt đầu bằng '-', hãy đặt nó ở cuối lệnh, sau '--', ví dụ '-- ${JSON.stringify(m[1])}'` : '';
    return `Tùy chọn không xác định: '${m[1]}'${hint}`;
  }
  if ((m = /^Option '([^']+)' argument missing$/.exec(message))) return `Tùy chọn '${m[1]}' thiếu giá trị`;
  if ((m = /^Option '([^']+)' does not take an argument$/.exec(message))) return `Tùy chọn '${m[1]}' không nhận giá trị`;
  if ((m = /^Option '([^']+)' argument is ambiguous\./.exec(message))) {
    return `Giá trị của tùy chọn '${m[1]}' không rõ ràng.\nCó phải bạn quên ghi giá trị cho '${m[1]}'?\nĐể ghi một giá trị bắt đầu bằng dấu gạch ngang, hãy dùng '${m[1]}=-XYZ'.`;
  }
  if ((m = /^Unexpected argument '([^']+)'/.exec(message))) return `Đối số không mong đợi: '${m[1]}'. Lệnh này không nhận đối số vị trí`;
  return undefined;
}
