namespace Wharf.Templating.Tests;

/// <summary>
/// Sprig's string shaping, case conversion, base32 and checksum functions. Every expected value was produced by Go's text/template with
/// Masterminds/sprig v3.2.3 (errors: the text after Go's location prefix).
/// </summary>
public sealed class SprigTextCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ concat .Values.list (list 1 2) (list) }} {{ concat }}", "[a b c 1 2] []" },
        { "{{ concat (list 1) \"x\" }}", "!error calling concat: Cannot concat type string as list" },
        { "{{ concat (list 1) nil }}", "!error calling concat: runtime error: invalid memory address or nil pointer dereference" },
        { "{{ trunc 3 \"hello\" }}|{{ trunc -3 \"hello\" }}|{{ trunc 10 \"hi\" }}|{{ trunc -10 \"hi\" }}|{{ trunc 0 \"hi\" }}", "hel|llo|hi|hi|" },
        { "{{ substr 1 3 \"hello\" }}|{{ substr -1 3 \"hello\" }}|{{ substr 2 -1 \"hello\" }}|{{ substr 2 99 \"hello\" }}|{{ substr 0 0 \"x\" }}", "el|hel|llo|llo|" },
        { "{{ substr 3 1 \"hello\" }}", "!error calling substr: runtime error: slice bounds out of range [3:1]" },
        { "{{ substr -1 9 \"hello\" }}", "!error calling substr: runtime error: slice bounds out of range [:9] with length 5" },
        { "{{ substr 9 -1 \"hello\" }}", "!error calling substr: runtime error: slice bounds out of range [9:5]" },
        { "{{ abbrev 5 \"hello world\" }}|{{ abbrev 3 \"hello world\" }}|{{ abbrev 20 \"hello\" }}|{{ abbrev 4 \"hello\" }}", "he...|hello world|hello|h..." },
        { "{{ abbrevboth 5 10 \"1234 5678 9123\" }}|{{ abbrevboth 0 4 \"abcdefghij\" }}|{{ abbrevboth 1 6 \"abcdefghij\" }}|{{ abbrevboth 10 10 \"abcdefghijklmnopqrstuvwxyz\" }}", "...5678...|a...|abcdefghij|...klmn..." },
        { "{{ cat \"a\" 1 nil (list 1 2) \"b\" }}|{{ cat }}|{{ cat nil }}", "a 1 [1 2] b||" },
        { "{{ wrap 5 \"Hello World, this is long\" }}", "Hello\nWorld,\nthis\nis\nlong" },
        { "{{ wrap 3 \"averyverylongword and more\" }}|{{ wrap 0 \"a b\" }}|{{ wrap 10 \"\" }}", "averyverylongword\nand\nmore|a\nb|" },
        { "{{ wrapWith 5 \"\\t\" \"Hello World\" }}|{{ wrapWith 3 \"|\" \"abcdefgh ij\" }}", "Hello\tWorld|abc|def|gh|ij" },
        { "{{ camelcase \"http_server\" }} {{ camelcase \"_complex__case_\" }} {{ camelcase \"all\" }} {{ camelcase \"some-value here\" }} {{ camelcase \"_\" }} {{ camelcase \"\" }}|{{ camelcase \"ABC_def\" }}", "HttpServer _Complex_Case_ All SomeValueHere __ |AbcDef" },
        { "{{ snakecase \"FirstName\" }} {{ snakecase \"HTTPServer\" }} {{ snakecase \"NoHTTPS\" }} {{ snakecase \"GO_PATH\" }} {{ snakecase \"GO PATH\" }} {{ snakecase \"GO-PATH\" }} {{ snakecase \"http2xx\" }} {{ snakecase \"HTTP20xOK\" }} {{ snakecase \"Duration2m3s\" }} {{ snakecase \"Bld4Floor3rd\" }}", "first_name http_server no_https go_path go_path go_path http_2xx http_20x_ok duration_2m3s bld4_floor_3rd" },
        { "{{ snakecase \" FirstName\" }}|{{ snakecase \"a.b.c\" }}|{{ snakecase \"Hello World!\" }}|{{ snakecase \"12abc\" }}|{{ snakecase \"abc12\" }}|{{ snakecase \"ab_12_cd\" }}|{{ snakecase \"中文Abc\" }}|{{ snakecase \"__a__\" }}", "_first_name|a.b.c|hello_world!|12abc|abc12|ab_12_cd|中文_abc|__a__" },
        { "{{ kebabcase \"FirstName\" }} {{ kebabcase \"HTTPServer\" }} {{ kebabcase \"my_value-x Y\" }} {{ kebabcase \"v1.2.3\" }}", "first-name http-server my-value-x-y v1.2.3" },
        { "{{ swapcase \"Hello World\" }} {{ swapcase \"ABC def\" }} {{ untitle \"Hello World\" }} {{ untitle \"HELLO\" }} {{ initials \"John Doe  foo\" }} {{ initials \"\" }}", "hELLO wORLD abc DEF hello world hELLO JDf " },
        { "{{ plural \"one\" \"many\" 1 }} {{ plural \"one\" \"many\" 2 }} {{ plural \"one\" \"many\" 0 }}", "one many many" },
        { "{{ sha1sum \"abc\" }} {{ adler32sum \"Wikipedia\" }} {{ adler32sum \"\" }}", "a9993e364706816aba3e25717850c26c9cd0d89d 300286872 1" },
        { "{{ b32enc \"hello\" }} {{ b32enc \"\" }} {{ b32enc \"f\" }} {{ b32enc \"fo\" }} {{ b32enc \"foo\" }} {{ b32enc \"foob\" }} {{ b32enc \"fooba\" }} {{ b32enc \"foobar\" }}", "NBSWY3DP  MY====== MZXQ==== MZXW6=== MZXW6YQ= MZXW6YTB MZXW6YTBOI======" },
        { "{{ b32dec \"NBSWY3DP\" }}|{{ b32dec \"MZXW6YTBOI======\" }}|{{ b32dec \"MY======\" }}|{{ b32dec \"\" }}", "hello|foobar|f|" },
        { "{{ b32dec \"nbswy3dp\" }}|{{ b32dec \"NBSWY3D\" }}|{{ b32dec \"MZXW6===\" }}|{{ b32dec \"M=======\" }}|{{ b32dec \"MY=====\" }}|{{ b32dec \"MY==a===\" }}", "illegal base32 data at input byte 0|illegal base32 data at input byte 0|foo|illegal base32 data at input byte 1|illegal base32 data at input byte 7|illegal base32 data at input byte 3" },
        { "{{ b32dec \"MZXW6YQ=\" }}|{{ wrap 4 \"héllo wörld\" }}|{{ camelcase \"hello wörld\" }} {{ snakecase \"ÄpfelBirnen\" }} {{ swapcase \"ǆ x\" }} {{ untitle \"Élan\" }}", "foob|héllo\nwörld|HelloWörld äpfel_birnen ǅ X élan" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SprigTextCase_MatchesSprig(string template, string expected) => CaseRunner.Check(template, expected);
}
