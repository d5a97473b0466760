" Vim syntax file
" Language:    tnb (notebooks of rough business numbers)
" Filenames:   *.tnb
"
" The classes follow editors/tnb.tmLanguage.json; Grammar/tnb.ebnf is the authority.
" Tests/SyntaxTests/EditorGrammarTests.swift checks that the tnbKeyword* groups hold exactly
" Parser.keywords (strict) and the grammar's place-bound words (Contextual, Query), and that
" tnbBuiltin holds exactly the builtin functions.

if exists("b:current_syntax")
  finish
endif

scriptencoding utf-8

let s:cpo_save = &cpo
set cpo&vim

syntax case match

" A double-quoted string on one line; only \" is an escape.
syntax region tnbString start=+"+ skip=+\\"+ end=+"\|$+ oneline contains=tnbEscape
syntax match tnbEscape +\\"+ contained

" Numbers: digits grouped by `,` or `_`, a fraction, an exponent, then a scale (k K M B T, or
" thousand ... trillion after blanks), `%` or `x`; a `$` before makes money.
syntax match tnbNumber "\v%([[:alnum:]_.])@<!%(\$%(\d%(\d|_\d|,\d{3}%(\d)@!)*%(\.\d%(\d|_\d)*)?|\.\d%(\d|_\d)*)|\d%(\d|_\d|,\d{3}%(\d)@!)*%(\.\d%(\d|_\d)*)?)%([eE][+-]?\d%(\d|_\d)*)?%(x%([[:alnum:]_])@!|%([kKMBT]%([[:alnum:]_])@!|[ \t]*%(thousand|million|billion|trillion)>)\%?|\%)?"

" Periods: 2026Q4, Q4'26, Q4 2026, Apr 2026, end of 2026; a bare quarter, or a capitalised month
" name without a year.
syntax match tnbPeriod "\v<[1-9]\d{3}[Qq][1-4]%([[:alnum:]_']@!)"
syntax match tnbPeriod "\v<[Qq][1-4]'\d\d\d@!"
syntax match tnbPeriod "\v<[Qq][1-4]%([ \t]+[1-9]\d{3})?%([[:alnum:]_'.]@!)"
syntax match tnbPeriod "\v<%(Jan%(uary)?|Feb%(ruary)?|Mar%(ch)?|Apr%(il)?|May|June?|July?|Aug%(ust)?|Sep%(t|tember)?|Oct%(ober)?|Nov%(ember)?|Dec%(ember)?)%([[:alnum:]_.(]@!)"
syntax match tnbPeriod "\v\c<%(jan%(uary)?|feb%(ruary)?|mar%(ch)?|apr%(il)?|may|june?|july?|aug%(ust)?|sep%(t|tember)?|oct%(ober)?|nov%(ember)?|dec%(ember)?)[ \t]+[1-9]\d{3}%([[:alnum:]_.]@!)"
syntax match tnbPeriod "\v<end[ \t]+of[ \t]+[1-9]\d{3}%([[:alnum:]_.]@!)" contains=tnbKeywordContextual,tnbKeywordOperator,tnbNumber

" Keywords: Parser.keywords, which are never names.
syntax keyword tnbKeywordDeclaration let param unit
syntax keyword tnbKeyword assert project when figures
syntax keyword tnbKeywordOperator in as of to per and or not at by until

" The builtins of Sources/Evaluation/Builtins.swift and SeriesFunctions.swift, before a `(`.
syntax match tnbBuiltin "\v<%(abs|chance|distribution|exp|high|ln|lognormal|low|max|median|mid|min|normal|percentile|round|sensitivity|sqrt|uniform|average|cagr|doubling|growth|sum|total)>%(\s*\()@="

" Words that are keywords only in their place: project's from, growth and step words, sort's asc
" and desc, a query's contains, `as a %`, `end of`; and the stage words right after `|`
" (Parser.queryStages). `growth(` and `sum(` are the series functions.
syntax match tnbKeywordContextual "\v<%(from|growth|monthly|quarterly|yearly|asc|desc|contains|scenario)>%(\s*\()@!"
syntax match tnbKeywordContextual "\v%(<as\s+)@<=<%(a)>%(\s*\%)@="
syntax match tnbKeywordContextual "\v<%(end)>" contained
syntax match tnbKeywordQuery "\v%(\|\s*)@<=<%(where|sort|select|limit|count|sum|min|max)>"

" The name a let, param, unit or project defines.
syntax match tnbDefinition "\v%(<%(let|param|unit|project)\s+)@<=\h\w*"

" A dotted id of the built-in dataset, such as semianalysis.token_spend.
syntax match tnbFigure "\v<\h\w*%(\.\h\w*)+"

syntax match tnbOperator "\v[-+*/^=<>!|%×−–]"
syntax match tnbMoneyUnit "\$\(\d\|\.\d\)\@!"

" Defined last, so that at the same column they win over the operators `/` and `>`.
" `//` to the end of the line. Prose lines are not searched for comments.
syntax match tnbComment "//.*$" contains=@Spell

" `#` in column 1: a heading; `>` in column 1: prose with `{expression}` interpolations, which
" end at the first `}` as the parser's do.
syntax match tnbHeading "^#.*$" contains=@Spell
syntax region tnbProse matchgroup=tnbProseMarker start="^>" end="$" oneline contains=tnbInterpolation,@Spell
syntax region tnbInterpolation matchgroup=tnbInterpolationDelimiter start="{" end="}\|$" oneline contained contains=@tnbExpression

syntax cluster tnbExpression contains=tnbString,tnbPeriod,tnbNumber,tnbKeyword,tnbKeywordDeclaration,tnbKeywordOperator,tnbKeywordContextual,tnbKeywordQuery,tnbBuiltin,tnbFigure,tnbOperator,tnbMoneyUnit

highlight default link tnbComment Comment
highlight default link tnbHeading Title
highlight default link tnbProse Normal
highlight default link tnbProseMarker Delimiter
highlight default link tnbInterpolationDelimiter Delimiter
highlight default link tnbString String
highlight default link tnbEscape SpecialChar
highlight default link tnbPeriod Constant
highlight default link tnbNumber Number
highlight default link tnbKeyword Keyword
highlight default link tnbKeywordDeclaration Statement
highlight default link tnbKeywordOperator Operator
highlight default link tnbKeywordContextual Keyword
highlight default link tnbKeywordQuery Keyword
highlight default link tnbBuiltin Function
highlight default link tnbDefinition Identifier
highlight default link tnbFigure Identifier
highlight default link tnbOperator Operator
highlight default link tnbMoneyUnit Type

let b:current_syntax = "tnb"

let &cpo = s:cpo_save
unlet s:cpo_save
