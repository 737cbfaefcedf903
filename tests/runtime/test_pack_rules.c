/*
** test_pack_rules.c: entry names, globs, versions and digests.
**
** These small functions decide what a stranger's pack may contain and
** which of its entries are articles, so each rule has a case that would
** let a hostile name through if the rule broke.
*/
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pack/pack.h"

static void test_names(void)
{
    CHECK(pack_name_problem("articles/a.txt") == NULL, "plain name ok");
    CHECK(pack_name_problem("pack.lua") == NULL, "root name ok");
    CHECK(pack_name_problem("a/.hidden/b") == NULL, "dot files ok");
    CHECK(pack_name_problem("a/..b/c") == NULL, "'..b' is a name");
    CHECK(pack_name_problem("") != NULL, "empty refused");
    CHECK(pack_name_problem("/etc/passwd") != NULL, "absolute refused");
    CHECK(pack_name_problem("../x") != NULL, "leading .. refused");
    CHECK(pack_name_problem("a/../../x") != NULL, "inner .. refused");
    CHECK(pack_name_problem("a/..") != NULL, "trailing .. refused");
    CHECK(pack_name_problem("./a") != NULL, ". refused");
    CHECK(pack_name_problem("a//b") != NULL, "empty component refused");
    CHECK(pack_name_problem("a\\..\\b") != NULL, "backslash refused");
    CHECK(pack_name_problem("C:/x") != NULL, "drive letter refused");
    CHECK(pack_name_problem("a\nb") != NULL, "control character refused");
    char long_name[300];
    memset(long_name, 'a', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    CHECK(pack_name_problem(long_name) != NULL, "over-long name refused");
}

static void test_globs(void)
{
    CHECK(pack_glob_match("articles/**", "articles/a.txt"), "** one level");
    CHECK(pack_glob_match("articles/**", "articles/x/y/z.md"), "** deep");
    CHECK(!pack_glob_match("articles/**", "data/a.txt"), "** prefix kept");
    CHECK(pack_glob_match("articles/*.txt", "articles/a.txt"), "* matches");
    CHECK(!pack_glob_match("articles/*.txt", "articles/x/a.txt"),
          "* stops at /");
    CHECK(!pack_glob_match("articles/*.txt", "articles/a.md"), "suffix");
    CHECK(pack_glob_match("**.md", "a/b/c.md"), "**.md anywhere");
    CHECK(pack_glob_match("a?c", "abc"), "? one byte");
    CHECK(!pack_glob_match("a?c", "a/c"), "? not /");
    CHECK(pack_glob_match("*", ""), "* matches empty");
    CHECK(!pack_glob_match("", "a"), "empty pattern matches only empty");
    CHECK(pack_glob_match("a*b*c*d", "axxbyyczzd"), "several stars");
    /* a pattern built to backtrack must still answer at once */
    char name[256], pattern[256];
    memset(name, 'a', 254);
    name[254] = '\0';
    strcpy(pattern, "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
    CHECK(!pack_glob_match(pattern, name), "no exponential backtracking");
}

static void test_versions(void)
{
    CHECK(pack_version_satisfies("0.1.0", "0.1") == 1, "equal");
    CHECK(pack_version_satisfies("0.1.0", ">= 0.1") == 1, ">= form");
    CHECK(pack_version_satisfies("0.1.0", "0.2") == 0, "newer needed");
    CHECK(pack_version_satisfies("0.10.0", "0.9") == 1, "numeric order");
    CHECK(pack_version_satisfies("1.0.0", "0.99.99") == 1, "major wins");
    CHECK(pack_version_satisfies("0.1.0", "0.1.1") == 0, "patch counts");
    CHECK(pack_version_satisfies("0.1.0", "one") == -1, "not a version");
    CHECK(pack_version_satisfies("0.1.0", "0.1.") == -1, "trailing dot");
    CHECK(pack_version_satisfies("0.1.0", "1.2.3.4") == -1, "four parts");
    CHECK(pack_version_satisfies("0.1.0", "99999999999999") == -1,
          "huge number refused");
}

static void test_sha256(void)
{
    char hex[65];
    pack_sha256_hex("", 0, hex);
    CHECK_STR(hex,
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
              "sha256 of empty");
    pack_sha256_hex("abc", 3, hex);
    CHECK_STR(hex,
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
              "sha256 of abc");
}

static void test_checksum_list(void)
{
    char sums[200];
    char hex[65];
    pack_sha256_hex("hello", 5, hex);
    snprintf(sums, sizeof sums, "%s  a.txt\n", hex);
    struct pack_entry entries[2] = {
        {(char *)"a.txt", (unsigned char *)"hello", 5},
        {(char *)"pack.sha256", (unsigned char *)sums, strlen(sums)},
    };
    struct pack_archive archive = {.path = (char *)"t.zip",
                                   .entries = entries, .count = 2};
    char *problems = pack_checksum_problems(&archive);
    CHECK_STR(problems, "", "matching list has no problems");
    free(problems);
    entries[0].data = (unsigned char *)"HELLO";
    problems = pack_checksum_problems(&archive);
    CHECK(strstr(problems, "a.txt: checksum mismatch") != NULL,
          "changed entry reported");
    free(problems);
    snprintf(sums, sizeof sums, "nonsense\n");
    entries[1].size = strlen(sums);
    problems = pack_checksum_problems(&archive);
    CHECK(strstr(problems, "malformed line") != NULL, "bad line reported");
    CHECK(strstr(problems, "a.txt: not listed") != NULL,
          "unlisted entry reported");
    free(problems);
    archive.count = 1;
    problems = pack_checksum_problems(&archive);
    CHECK(strstr(problems, "pack.sha256 is missing") != NULL,
          "missing list reported");
    free(problems);
}

int main(void)
{
    test_names();
    test_globs();
    test_versions();
    test_sha256();
    test_checksum_list();
    return check_done();
}
