// The cases of tst_pgbench_language, as data. Scripts, seeds and expected values are those
// of PostgreSQL 15's src/bin/pgbench/t/001_pgbench_with_server.pl ("pgbench expressions",
// "pgbench backslash commands", the @errors list) and 002_pgbench_no_server.pl
// (@script_tests). Expected messages are regular expressions over Sonde's wording, which
// keeps pgbench's key words.
#pragma once

#include <QMap>
#include <QString>

namespace {

// 001: pgbench --random-seed=5432 -t 1 -Dfoo=-10.1 -Dbla=false -Di=+3 -Dn=null -Dt=t
// -Df=of -Dd=1.0, script 001_pgbench_expressions.
const QMap<QString, QString> ExpressionDefines{
    {QStringLiteral("foo"), QStringLiteral("-10.1")},
    {QStringLiteral("bla"), QStringLiteral("false")},
    {QStringLiteral("i"), QStringLiteral("+3")},
    {QStringLiteral("n"), QStringLiteral("null")},
    {QStringLiteral("t"), QStringLiteral("t")},
    {QStringLiteral("f"), QStringLiteral("of")},
    {QStringLiteral("d"), QStringLiteral("1.0")},
};

const QString ExpressionScript = QStringLiteral(R"(-- integer functions
\set i1 debug(random(10, 19))
\set i2 debug(random_exponential(100, 199, 10.0))
\set i3 debug(random_gaussian(1000, 1999, 10.0))
\set i4 debug(abs(-4))
\set i5 debug(greatest(5, 4, 3, 2))
\set i6 debug(11 + least(-5, -4, -3, -2))
\set i7 debug(int(7.3))
-- integer arithmetic and bit-wise operators
\set i8 debug(17 / (4|1) + ( 4 + (7 >> 2)))
\set i9 debug(- (3 * 4 - (-(~ 1) + -(~ 0))) / -1 + 3 % -1)
\set ia debug(10 + (0 + 0 * 0 - 0 / 1))
\set ib debug(:ia + :scale)
\set ic debug(64 % (((2 + 1 * 2 + (1 # 2) | 4 * (2 & 11)) - (1 << 2)) + 2))
-- double functions and operators
\set d1 debug(sqrt(+1.5 * 2.0) * abs(-0.8E1))
\set d2 debug(double(1 + 1) * (-75.0 / :foo))
\set pi debug(pi() * 4.9)
\set d4 debug(greatest(4, 2, -1.17) * 4.0 * Ln(Exp(1.0)))
\set d5 debug(least(-5.18, .0E0, 1.0/0) * -3.3)
-- reset variables
\set i1 0
\set d1 false
-- yet another integer function
\set id debug(random_zipfian(1, 9, 1.3))
--- pow and power
\set poweri debug(pow(-3,3))
\set powerd debug(pow(2.0,10))
\set poweriz debug(pow(0,0))
\set powerdz debug(pow(0.0,0.0))
\set powernegi debug(pow(-2,-3))
\set powernegd debug(pow(-2.0,-3.0))
\set powernegd2 debug(power(-5.0,-5.0))
\set powerov debug(pow(9223372036854775807, 2))
\set powerov2 debug(pow(10,30))
-- comparisons and logical operations
\set c0 debug(1.0 = 0.0 and 1.0 != 0.0)
\set c1 debug(0 = 1 Or 1.0 = 1)
\set c4 debug(case when 0 < 1 then 32 else 0 end)
\set c5 debug(case when true then 33 else 0 end)
\set c6 debug(case when false THEN -1 when 1 = 1 then 13 + 19 + 2.0 end )
\set c7 debug(case when (1 > 0) and (1 >= 0) and (0 < 1) and (0 <= 1) and (0 != 1) and (0 = 0) and (0 <> 1) then 35 else 0 end)
\set c8 debug(CASE \
                WHEN (1.0 > 0.0) AND (1.0 >= 0.0) AND (0.0 < 1.0) AND (0.0 <= 1.0) AND \
                     (0.0 != 1.0) AND (0.0 = 0.0) AND (0.0 <> 1.0) AND (0.0 = 0.0) \
                  THEN 36 \
                  ELSE 0 \
              END)
\set c9 debug(CASE WHEN NOT FALSE THEN 3 * 12.3333334 END)
\set ca debug(case when false then 0 when 1-1 <> 0 then 1 else 38 end)
\set cb debug(10 + mod(13 * 7 + 12, 13) - mod(-19 * 11 - 17, 19))
\set cc debug(NOT (0 > 1) AND (1 <= 1) AND NOT (0 >= 1) AND (0 < 1) AND \
    NOT (false and true) AND (false OR TRUE) AND (NOT :f) AND (NOT FALSE) AND \
    NOT (NOT TRUE))
-- NULL value and associated operators
\set n0 debug(NULL + NULL * exp(NULL))
\set n1 debug(:n0)
\set n2 debug(NOT (:n0 IS NOT NULL OR :d1 IS NULL))
\set n3 debug(:n0 IS NULL AND :d1 IS NOT NULL AND :d1 NOTNULL)
\set n4 debug(:n0 ISNULL AND NOT :n0 IS TRUE AND :n0 IS NOT FALSE)
\set n5 debug(CASE WHEN :n IS NULL THEN 46 ELSE NULL END)
-- use a variables of all types
\set n6 debug(:n IS NULL AND NOT :f AND :t)
-- conditional truth
\set cs debug(CASE WHEN 1 THEN TRUE END AND CASE WHEN 1.0 THEN TRUE END AND CASE WHEN :n THEN NULL ELSE TRUE END)
-- hash functions
\set h0 debug(hash(10, 5432))
\set h1 debug(:h0 = hash_murmur2(10, 5432))
\set h3 debug(hash_fnv1a(10, 5432))
\set h4 debug(hash(10))
\set h5 debug(hash(10) = hash(10, :default_seed))
-- lazy evaluation
\set zy 0
\set yz debug(case when :zy = 0 then -1 else (1 / :zy) end)
\set yz debug(case when :zy = 0 or (1 / :zy) < 0 then -1 else (1 / :zy) end)
\set yz debug(case when :zy > 0 and (1 / :zy) < 0 then (1 / :zy) else 1 end)
-- substitute variables of all possible types
\set v0 NULL
\set v1 TRUE
\set v2 5432
\set v3 -54.21E-2
SELECT :v0, :v1, :v2, :v3;
-- if tests
\set nope 0
\if 1 > 0
\set id debug(65)
\elif 0
\set nope 1
\else
\set nope 1
\endif
\if 1 < 0
\set nope 1
\elif 1 > 0
\set ie debug(74)
\else
\set nope 1
\endif
\if 1 < 0
\set nope 1
\elif 1 < 0
\set nope 1
\else
\set if debug(83)
\endif
\if 1 = 1
\set ig debug(86)
\elif 0
\set nope 1
\endif
\if 1 = 0
\set nope 1
\elif 1 <> 0
\set ih debug(93)
\endif
-- must be zero if false branches where skipped
\set nope debug(:nope)
-- check automatic variables
\set sc debug(:scale)
\set ci debug(:client_id)
\set rs debug(:random_seed)
-- minint constant parsing
\set min debug(-9223372036854775808)
\set max debug(-(:min + 1))
-- parametric pseudorandom permutation function
\set t debug(permute(0, 2) + permute(1, 2) = 1)
\set t debug(permute(0, 3) + permute(1, 3) + permute(2, 3) = 3)
\set t debug(permute(0, 4) + permute(1, 4) + permute(2, 4) + permute(3, 4) = 6)
\set t debug(permute(0, 5) + permute(1, 5) + permute(2, 5) + permute(3, 5) + permute(4, 5) = 10)
\set t debug(permute(0, 16) + permute(1, 16) + permute(2, 16) + permute(3, 16) + \
             permute(4, 16) + permute(5, 16) + permute(6, 16) + permute(7, 16) + \
             permute(8, 16) + permute(9, 16) + permute(10, 16) + permute(11, 16) + \
             permute(12, 16) + permute(13, 16) + permute(14, 16) + permute(15, 16) = 120)
-- random sanity checks
\set size random(2, 1000)
\set v random(0, :size - 1)
\set p permute(:v, :size)
\set t debug(0 <= :p and :p < :size and :p = permute(:v + :size, :size) and :p <> permute(:v + 1, :size))
-- actual values
\set t debug(permute(:v, 1) = 0)
\set t debug(permute(0, 2, 5431) = 0 and permute(1, 2, 5431) = 1 and \
             permute(0, 2, 5433) = 1 and permute(1, 2, 5433) = 0)
-- check permute's portability across architectures
\set size debug(:max - 10)
\set t debug(permute(:size-1, :size, 5432) = 520382784483822430 and \
             permute(:size-2, :size, 5432) = 1143715004660802862 and \
             permute(:size-3, :size, 5432) = 447293596416496998 and \
             permute(:size-4, :size, 5432) = 916527772266572956 and \
             permute(:size-5, :size, 5432) = 2763809008686028849 and \
             permute(:size-6, :size, 5432) = 8648551549198294572 and \
             permute(:size-7, :size, 5432) = 4542876852200565125)
)");

struct ExpressionCheck
{
    int command;
    const char *regex; // pgbench's expectation for "command=N.: …"
};

// The 69 debug() expectations of "pgbench expressions".
const ExpressionCheck ExpressionChecks[] = {
    {1, R"(int 17\b)"},   // uniform random
    {2, R"(int 104\b)"},  // exponential random
    {3, R"(int 1498\b)"}, // gaussian random
    {4, R"(int 4\b)"},
    {5, R"(int 5\b)"},
    {6, R"(int 6\b)"},
    {7, R"(int 7\b)"},
    {8, R"(int 8\b)"},
    {9, R"(int 9\b)"},
    {10, R"(int 10\b)"},
    {11, R"(int 11\b)"},
    {12, R"(int 12\b)"},
    {15, R"(double 15\b)"},
    {16, R"(double 16\b)"},
    {17, R"(double 17\b)"},
    {20, R"(int 3\b)"}, // zipfian random
    {21, R"(double -27\b)"},
    {22, R"(double 1024\b)"},
    {23, R"(double 1\b)"},
    {24, R"(double 1\b)"},
    {25, R"(double -0.125\b)"},
    {26, R"(double -0.125\b)"},
    {27, R"(double -0.00032\b)"},
    {28, R"(double 8.50705917302346e\+0?37\b)"},
    {29, R"(double 1e\+0?30\b)"},
    {30, R"(boolean false\b)"},
    {31, R"(boolean true\b)"},
    {32, R"(int 32\b)"},
    {33, R"(int 33\b)"},
    {34, R"(double 34\b)"},
    {35, R"(int 35\b)"},
    {36, R"(int 36\b)"},
    {37, R"(double 37\b)"},
    {38, R"(int 38\b)"},
    {39, R"(int 39\b)"},
    {40, R"(boolean true\b)"},
    {41, R"(null\b)"},
    {42, R"(null\b)"},
    {43, R"(boolean true\b)"},
    {44, R"(boolean true\b)"},
    {45, R"(boolean true\b)"},
    {46, R"(int 46\b)"},
    {47, R"(boolean true\b)"},
    {48, R"(boolean true\b)"},
    {49, R"(int -5817877081768721676\b)"},
    {50, R"(boolean true\b)"},
    {51, R"(int -7793829335365542153\b)"},
    {52, R"(int -?\d+\b)"},
    {53, R"(boolean true\b)"},
    {65, R"(int 65\b)"},
    {74, R"(int 74\b)"},
    {83, R"(int 83\b)"},
    {86, R"(int 86\b)"},
    {93, R"(int 93\b)"},
    {95, R"(int 0\b)"},
    {96, R"(int 1\b)"},                    // :scale
    {97, R"(int 0\b)"},                    // :client_id
    {98, R"(int 5432\b)"},                 // :random_seed
    {99, R"(int -9223372036854775808\b)"}, // min int
    {100, R"(int 9223372036854775807\b)"}, // max int
    {101, R"(boolean true\b)"},            // permute
    {102, R"(boolean true\b)"},
    {103, R"(boolean true\b)"},
    {104, R"(boolean true\b)"},
    {105, R"(boolean true\b)"},
    {109, R"(boolean true\b)"},
    {110, R"(boolean true\b)"},
    {111, R"(boolean true\b)"},
    {113, R"(boolean true\b)"},
};

struct ErrorCase
{
    const char *name;
    const char *script;
    Phase phase; // when Sonde refuses (pgbench refuses some Load cases only when running)
    const char *message;
};

// 001's @errors that need no server, run with -n -t 1 -Dfoo=bla -Dnull=null -Dtrue=true
// -Done=1 -Dzero=0.0 -Dbadtrue=trueXXX -Dmaxint=… -Dminint=… -M prepared.
const ErrorCase ErrorCases[] = {
    // SHELL
    {"shell bad command", R"(\shell no-such-command)", Phase::Run,
     R"(shell command "no-such-command" failed)"},
    // pgbench: status 2, "undefined variable ":nosuchvariable"" when it runs.
    {"shell undefined variable",
     "-- undefined variable in shell\n\\shell echo ::foo :nosuchvariable\n", Phase::Load,
     R"(undefined variable "nosuchvariable")"},
    {"shell missing command", R"(\shell)", Phase::Load, R"(missing command )"},
    // SET
    {"set syntax error", R"(\set i 1 +)", Phase::Load, R"(syntax error.* in \\set)"},
    {"set no such function", R"(\set i noSuchFunction())", Phase::Load,
     R"(unexpected function name)"},
    // pgbench: status 2 ("invalid variable name" when assigning).
    {"set invalid variable name", R"(\set . 1)", Phase::Load, R"(invalid variable name)"},
    {"set division by zero", R"(\set i 1/0)", Phase::Run, R"(division by zero)"},
    // pgbench: status 2.
    {"set undefined variable", R"(\set i :nosuchvariable)", Phase::Load,
     R"(undefined variable "nosuchvariable")"},
    {"set unexpected char", R"(\set i ;)", Phase::Load, R"(unexpected character .;.)"},
    {"set empty random range", R"(\set i random(5,3))", Phase::Run,
     R"(empty range given to random)"},
    {"set too many args", R"(\set i least(0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16))", Phase::Run,
     R"(too many function arguments)"},
    {"set random range too large", R"(\set i random(:minint, :maxint))", Phase::Run,
     R"(random range is too large)"},
    {"set gaussian param too small", R"(\set i random_gaussian(0, 10, 1.0))", Phase::Run,
     R"(gaussian param.* at least 2)"},
    {"set exponential param greater 0", R"(\set i random_exponential(0, 10, 0.0))", Phase::Run,
     R"(exponential parameter must be greater )"},
    {"set zipfian param to 1", R"(\set i random_zipfian(0, 10, 1))", Phase::Run,
     R"(zipfian parameter must be in range \[1\.001, 1000\])"},
    {"set zipfian param too large", R"(\set i random_zipfian(0, 10, 1000000))", Phase::Run,
     R"(zipfian parameter must be in range \[1\.001, 1000\])"},
    {"set non numeric value", R"(\set i :foo + 1)", Phase::Run,
     R"(malformed variable "foo" value: "bla")"},
    {"set no expression", R"(\set i)", Phase::Load, R"(syntax error)"},
    {"set missing argument", R"(\set)", Phase::Load, R"((?i)missing argument)"},
    {"set not a bool", R"(\set b NOT 0.0)", Phase::Run, R"(cannot coerce double to boolean)"},
    {"set not an int", R"(\set i TRUE + 2)", Phase::Run, R"(cannot coerce boolean to int)"},
    {"set not a double", R"(\set d ln(TRUE))", Phase::Run, R"(cannot coerce boolean to double)"},
    {"set case error", R"(\set i CASE TRUE THEN 1 ELSE 0 END)", Phase::Load,
     R"(syntax error.* in \\set)"},
    {"set random error", R"(\set b random(FALSE, TRUE))", Phase::Run,
     R"(cannot coerce boolean to int)"},
    {"set number of args mismatch", R"(\set d ln(1.0, 2.0)))", Phase::Load,
     R"(unexpected number of arguments)"},
    {"set at least one arg", R"(\set i greatest()))", Phase::Load,
     R"(at least one argument expected)"},
    // SET: ARITHMETIC OVERFLOW DETECTION
    {"set double to int overflow", R"(\set i int(1E32))", Phase::Run,
     R"(double to int overflow for 100)"},
    {"set bigint add overflow", R"(\set i (1<<62) + (1<<62))", Phase::Run, R"(int add out)"},
    {"set bigint sub overflow", R"(\set i 0 - (1<<62) - (1<<62) - (1<<62))", Phase::Run,
     R"(int sub out)"},
    {"set bigint mul overflow", R"(\set i 2 * (1<<62))", Phase::Run, R"(int mul out)"},
    {"set bigint div out of range", R"(\set i :minint / -1)", Phase::Run,
     R"(bigint div out of range)"},
    // SETSHELL
    {"setshell not an int", R"(\setshell i echo -n one)", Phase::Run,
     R"(command must return an integer)"},
    {"setshell missing arg", R"(\setshell var)", Phase::Load, R"(missing argument )"},
    {"setshell no such command", R"(\setshell var no-such-command)", Phase::Run,
     R"(could not read result )"},
    // SLEEP (pgbench: status 2, "sleep: undefined variable" when it runs)
    {"sleep undefined variable", R"(\sleep :nosuchvariable)", Phase::Load,
     R"(undefined variable "nosuchvariable")"},
    {"sleep too many args", R"(\sleep too many args)", Phase::Load, R"(too many arguments)"},
    {"sleep missing arg", R"(\sleep)", Phase::Load, R"(missing argument.*\\sleep)"},
    {"sleep unknown unit", R"(\sleep 1 week)", Phase::Load, R"(unrecognized time unit)"},
    // MISC
    {"misc invalid backslash command", R"(\nosuchcommand)", Phase::Load,
     R"(invalid command .*nosuchcommand)"},
    {"misc empty script", "", Phase::Load, R"(empty command list for script)"},
    {"bad boolean", R"(\set b :badtrue or true)", Phase::Run, R"(malformed variable.*trueXXX)"},
    {"invalid permute size", R"(\set i permute(0, 0))", Phase::Run,
     R"(permute size parameter must be greater than zero)"},
    // GSET
    {"gset alone", R"(\gset)", Phase::Load, R"(gset must follow an SQL command)"},
    {"gset no SQL", "\\set i +1\n\\gset", Phase::Load, R"(gset must follow an SQL command)"},
    {"gset too many arguments", R"(SELECT 1 \gset a b)", Phase::Load, R"(too many arguments)"},
    {"gset after gset", "SELECT 1 AS i \\gset\n\\gset", Phase::Load,
     R"(gset must follow an SQL command)"},
};

struct NoServerCase
{
    const char *name;
    const char *script;
    const char *messages[2];
};

// 002's @script_tests: every one is refused when the script is read (pgbench exits 1).
const NoServerCase NoServerCases[] = {
    {"missing endif", R"(\if 1)", {R"(\\if without matching \\endif)", nullptr}},
    {"missing if on elif", R"(\elif 1)", {R"(\\elif without matching \\if)", nullptr}},
    {"missing if on else", R"(\else)", {R"(\\else without matching \\if)", nullptr}},
    {"missing if on endif", R"(\endif)", {R"(\\endif without matching \\if)", nullptr}},
    {"elif after else", "\\if 1\n\\else\n\\elif 0\n\\endif", {R"(\\elif after \\else)", nullptr}},
    {"else after else", "\\if 1\n\\else\n\\else\n\\endif", {R"(\\else after \\else)", nullptr}},
    {"if syntax error", "\\if\n\\endif\n", {R"(syntax error.* in \\if)", nullptr}},
    {"elif syntax error", "\\if 0\n\\elif +\n\\endif\n", {R"(syntax error.* in \\elif)", nullptr}},
    {"else syntax error",
     "\\if 0\n\\else BAD\n\\endif\n",
     {R"(unexpected argument in \\else)", nullptr}},
    {"endif syntax error", "\\if 0\n\\endif BAD\n", {R"(unexpected argument in \\endif)", nullptr}},
    {"not enough arguments for least",
     "\\set i least()\n",
     {R"(at least one argument expected \(least\))", nullptr}},
    {"not enough arguments for greatest",
     "\\set i greatest()\n",
     {R"(at least one argument expected \(greatest\))", nullptr}},
    {"not enough arguments for hash",
     "\\set i hash()\n",
     {R"(unexpected number of arguments \(hash\))", nullptr}},
    {"too many arguments for hash",
     "\\set i hash(1,2,3)\n",
     {R"(unexpected number of arguments \(hash\))", nullptr}},
    {"bigint overflow 1",
     "\\set i 100000000000000000000\n",
     {R"(bigint constant overflow)", nullptr}},
    {"double overflow 2", "\\set d 1.0E309\n", {R"(double constant overflow)", nullptr}},
    {"double overflow 3", "\\set d .1E310\n", {R"(double constant overflow)", nullptr}},
    // pgbench shows the line and "^ error found here" under the column.
    {"set i", "\\set i 1 +\n", {R"(\\set i 1 \+)", R"(\n +\^ here)"}},
    {"not enough arguments to permute",
     "\\set i permute(1)\n",
     {R"(unexpected number of arguments \(permute\))", nullptr}},
    {"too many arguments to permute",
     "\\set i permute(1, 2, 3, 4)\n",
     {R"(unexpected number of arguments \(permute\))", nullptr}},
};

// 001's "pgbench backslash commands".
const QString BackslashScript = QStringLiteral(R"(-- run set
\set zero 0
\set one 1.0
-- sleep
\sleep :one ms
\sleep 100 us
\sleep 0 s
\sleep :zero
-- setshell and continuation
\setshell another_one\
  echo \
    :one
\set n debug(:another_one)
-- shell
\shell echo shell-echo-output
)");

// Values pgbench 15.18 prints for this script with --random-seed=5432 (run on this
// machine: pgbench -n -t 1 --random-seed=5432 -f seq.sql).
const QString PgbenchSequenceScript = QStringLiteral(R"(\set a debug(random(10, 19))
\set b debug(random(1, 1000000000))
\set c debug(random_exponential(1, 1000, 2.5))
\set d debug(random_gaussian(1, 1000, 2.5))
\set e debug(random_zipfian(1, 1000, 1.07))
\set f debug(random_zipfian(1, 1000, 3.0))
\set g debug(:default_seed)
\set h debug(hash(42))
\set i debug(hash_fnv1a(42))
\set j debug(permute(7, 1000))
\set k debug(permute(123456789, 10000000000))
\set l debug(random(-5000, 5000))
)");

struct SequenceValue
{
    int command;
    const char *value;
};

const SequenceValue PgbenchSequence[] = {
    {1, "int 17"},
    {2, "int 365314267"},
    {3, "int 100"},
    {4, "int 715"},
    {5, "int 9"},
    {6, "int 1"},
    {7, "int 7590783070443337668"},
    {8, "int 2803365003216846425"},
    {9, "int 4091181768518081579"},
    {10, "int 421"},
    {11, "int 9084620650"},
    {12, "int -4952"},
};

const QString NestedConditionals = QStringLiteral(R"(\set x 1
\if :x = 0
\if 1/0 = 1
\set y debug(1)
\endif
\elif :x = 2
\set y debug(2)
\elif :x = 1
\if true
\set y debug(3)
\else
\set y debug(1/0)
\endif
\else
\set y debug(4)
\endif
\set z debug(5)
)");

} // namespace
