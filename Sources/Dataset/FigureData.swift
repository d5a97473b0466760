/// The interview's figures as text, one block per figure; docs/dataset.md describes the fields.
let figureData = #"""
    id: quote.output_per_person
    label: People whose work one Claude Code user can do, in Patel's words
    value: 5-15 people
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: quote
    source: summary
    timestamp: 00:02:20
    quote: if this person can do the work of five to 10 to 15 people using cloud code

    id: quote.information_price
    label: Price of information sold, in Patel's example
    value: $1
    qualifier: -
    basis: interpreted
    reading: "a dollar" read as $1
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Nuggets AI
    form: quote
    source: summary
    timestamp: 00:09:54
    quote: if I sell you information for a dollar

    id: quote.information_value
    label: Value the buyer must make from information bought for a dollar
    value: $1
    qualifier: over
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Nuggets AI
    form: quote
    source: summary
    timestamp: 00:09:54
    quote: lets you make more than $1

    id: quote.tsmc_capex
    label: TSMC capex, in Patel's words
    value: $100B
    qualifier: -
    basis: stated
    reading: -
    period: 2028
    period_basis: stated
    period_reason: -
    topics: capex, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: quote
    source: summary
    timestamp: 00:36:29
    quote: TSMC is going to spend hundred billion on capex

    id: quote.tsmc_capex_horizon
    label: Time until TSMC spends $100B on capex, in Patel's words
    value: 2 years
    qualifier: maybe
    basis: stated
    reading: -
    period: Apr 2026 to Apr 2028
    period_basis: inferred
    period_reason: "two years from now" counted from the April 2026 interview (the quote's "in 2028" agrees)
    topics: capex, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: quote
    source: summary
    timestamp: 00:36:29
    quote: maybe two years from now

    id: quote.tsmc_capex_year
    label: Year TSMC spends $100B on capex, in Patel's words
    value: 2028
    qualifier: -
    basis: stated
    reading: -
    period: 2028
    period_basis: stated
    period_reason: -
    topics: capex, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: quote
    source: summary
    timestamp: 00:36:29
    quote: two years from now... in 2028

    id: summary.token_spend
    label: SemiAnalysis token spend (executive summary)
    value: $7M/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: spend
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: SemiAnalysis scaling to a $7 million token spend

    id: summary.payroll
    label: SemiAnalysis payroll the token spend is set against (executive summary)
    value: $25M/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: against a $25 million payroll

    id: summary.implementation_time_now
    label: Time non-technical operators now need to build data models and apps
    value: 2-9 weeks
    qualifier: -
    basis: interpreted
    reading: bare plural "weeks" read as 2-9 weeks
    period: -
    period_basis: -
    period_reason: -
    topics: costs, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: functional applications in weeks rather than decades

    id: summary.implementation_time_before
    label: Time such builds took before AI (decades)
    value: 20-90 years
    qualifier: -
    basis: interpreted
    reading: bare plural "decades" read as 2-9 decades, i.e. 20-90 years
    period: -
    period_basis: -
    period_reason: -
    topics: costs, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: functional applications in weeks rather than decades

    id: summary.mythos_level
    label: Engineer level reached by Anthropic's internal Mythos models (executive summary)
    value: 6 levels
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: models
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: internal models (Mythos) reaching "L6 Engineer" proficiency

    id: summary.useful_life
    label: Hardware life cycle (executive summary)
    value: 7-8 years
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: hardware life cycles are extending to 7-8 years

    id: semianalysis.spend_2023
    label: SemiAnalysis AI spend in 2023
    value: $10-99k
    qualifier: -
    basis: interpreted
    reading: "tens-of-thousands-of-dollars" read as $10k to $99k
    period: 2023
    period_basis: stated
    period_reason: -
    topics: spend
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:00:54
    quote: shifted from a marginal tens-of-thousands-of-dollars expense in 2023

    id: semianalysis.token_spend
    label: SemiAnalysis annualized token spend on Claude Code
    value: $7M/yr
    qualifier: -
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: stated
    period_reason: -
    topics: spend, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:01:30
    quote: By April 2026, the firm reached a $7 million annualized spend rate on Claude Code

    id: semianalysis.payroll
    label: SemiAnalysis total annual salary expense
    value: $25M/yr
    qualifier: -
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: stated
    period_reason: -
    topics: labor, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:01:47
    quote: accounting for over 25% of their total $25 million salary expense

    id: semianalysis.spend_share_of_payroll
    label: Token spend as share of salary expense
    value: 25%
    qualifier: over
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: stated
    period_reason: -
    topics: spend, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:01:47
    quote: accounting for over 25% of their total $25 million salary expense

    id: semianalysis.spend_share_of_payroll_year_end
    label: Possible token spend as share of salary expense by year end
    value: 100%
    qualifier: could
    basis: stated
    reading: -
    period: end of 2026
    period_basis: inferred
    period_reason: "the end of the year" in a summary of the April 2026 interview
    topics: spend, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:02:01
    quote: this trajectory could eclipse 100% of their salary expense by the end of the year

    id: semianalysis.output_per_person
    label: Output of one person using Claude Code, in traditional employees
    value: 5-15 people
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:02:20
    quote: an individual utilizing cloud code can achieve the output of 5 to 15 traditional employees

    id: anthropic.arr_start
    label: Anthropic revenue run-rate starting point
    value: $9B/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:11:18
    quote: scaling from an initial $9 billion benchmark

    id: anthropic.arr_target
    label: Anthropic targeted ARR
    value: $35-45B/yr
    qualifier: targeted
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:11:18
    quote: up to a targeted $35-$45 billion ARR

    id: anthropic.revenue_velocity
    label: Anthropic revenue run-rate added each month
    value: $10B/yr/month
    qualifier: reportedly
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:11:18
    quote: reportedly adding $10 billion a month in revenue velocity

    id: anthropic.gross_margin_early
    label: Anthropic gross margin early in the year (leaked funding documents)
    value: 30%
    qualifier: approximately
    basis: stated
    reading: -
    period: H1 2026
    period_basis: inferred
    period_reason: "Early in the year" in a summary of the April 2026 interview
    topics: margins
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:12:02
    quote: Early in the year, leaked funding documents showed Anthropic operating at ~30% gross margins

    id: anthropic.gross_margin_now
    label: Anthropic gross margin after restricting rate limits
    value: 72%
    qualifier: floor
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: inferred
    period_reason: set against "Early in the year" as the present of the April 2026 interview
    topics: margins
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:11:47
    quote: pushing gross margins to a floor of 72%

    id: anthropic.l4_target
    label: Anthropic's targeted software engineer level (L4) by end of 2025
    value: 4 levels
    qualifier: targeted
    basis: stated
    reading: -
    period: end of 2025
    period_basis: stated
    period_reason: -
    topics: models
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:16:43
    quote: they targeted achieving an L4 software engineer capability by the end of 2025

    id: anthropic.mythos_available
    label: Date Anthropic's Mythos model was internally available
    value: Feb 2026
    qualifier: -
    basis: interpreted
    reading: "in February" read as February 2026, the February before the April 2026 interview
    period: Feb 2026
    period_basis: inferred
    period_reason: "in February" in a summary of the April 2026 interview
    topics: models
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:17:00
    quote: internally available in February

    id: anthropic.mythos_level
    label: Engineering level (L6, Senior) shown by internal Mythos model
    value: 6 levels
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: models
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:17:00
    quote: demonstrated L6 (Senior) engineering capabilities

    id: deepseek.cost_reduction
    label: Cost reduction factor of DeepSeek vs GPT-4 class
    value: 600x
    qualifier: -
    basis: derived
    reading: "1/600th the cost" inverted to a 600x cost reduction
    period: -
    period_basis: -
    period_reason: -
    topics: models, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:15:34
    quote: DeepSeek matching GPT-4 class capabilities at 1/600th the cost

    id: hardware.useful_life_before
    label: Assumed useful life of previous-generation clusters
    value: 5 years
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:31:10
    quote: from an assumed 5 years to 7 or 8 years

    id: hardware.useful_life_after
    label: Extended useful life of previous-generation clusters
    value: 7-8 years
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:31:10
    quote: from an assumed 5 years to 7 or 8 years

    id: memory.capacity_growth
    label: Memory (DRAM and NAND) capacity growth per year
    value: 20-30%/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: memory, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:34:39
    quote: can only grow capacity at 20-30% annually

    id: memory.incremental_supply_year
    label: Year true incremental memory supply comes online
    value: 2028
    qualifier: -
    basis: stated
    reading: -
    period: 2028
    period_basis: stated
    period_reason: -
    topics: memory, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:34:39
    quote: true incremental supply won't come online until 2028

    id: memory.price_increase
    label: Memory price increase from current levels
    value: 2-3x
    qualifier: -
    basis: interpreted
    reading: "double or triple" read as 2-3x
    period: -
    period_basis: -
    period_reason: -
    topics: memory, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:34:39
    quote: ensuring memory prices will double or triple from current levels

    id: tsmc.capex_2024
    label: TSMC 2024 capex
    value: $56-57.4B
    qualifier: -
    basis: stated
    reading: -
    period: 2024
    period_basis: stated
    period_reason: -
    topics: capex, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:36:20
    quote: TSMC has upped its 2024 capex to $56-$57.4 billion

    id: tsmc.capex_2028
    label: TSMC projected annual capex by 2028
    value: $100B
    qualifier: projected
    basis: stated
    reading: -
    period: 2028
    period_basis: stated
    period_reason: -
    topics: capex, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:36:29
    quote: Patel projects they will hit an unprecedented $100 billion in annual capex by 2028

    id: fpga.per_rack
    label: FPGAs required per next-gen AI rack
    value: 120 FPGAs/rack
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:36:01
    quote: FPGAs (requiring 120 units per next-gen AI rack)

    id: robotics.breakthrough_window
    label: Window for few-shot robotics breakthroughs
    value: 6-18 months
    qualifier: projected
    basis: stated
    reading: -
    period: Oct 2026 to Oct 2027
    period_basis: inferred
    period_reason: "the next 6 to 18 months" counted from the April 2026 interview
    topics: robotics
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:23:45
    quote: projected to cause massive breakthroughs in the next 6 to 18 months

    id: society.protest_window
    label: Window for large-scale protests against AI labs
    value: 3 months
    qualifier: predicted, within
    basis: stated
    reading: -
    period: within 3 months of Apr 2026
    period_basis: inferred
    period_reason: "within 3 months" counted from the April 2026 interview
    topics: society
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:42:06
    quote: Patel predicts large-scale physical protests against entities like Anthropic and OpenAI within 3 months

    id: table.salary_expense
    label: SemiAnalysis total salary expense (data table: annual baseline payroll)
    value: $25M/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: $25 Million

    id: table.peak_token_spend
    label: Peak individual token spend (data table: Jeremy's daily spend)
    value: $6,000/day
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: spend
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: -
    quote: $6,000 / Day

    id: concepts.implementation_cost_zero
    label: Cost of executing a good idea after the implementation cost collapse
    value: $0
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:18:57
    quote: has fallen to zero cost

    id: concepts.implementation_free
    label: Cost of implementation (essentially free)
    value: $0
    qualifier: approximately
    basis: interpreted
    reading: "essentially free" read as approximately $0
    period: -
    period_basis: -
    period_reason: -
    topics: costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:18:57
    quote: If implementation is essentially free

    id: concepts.underclass_pillars
    label: Pillars of the token-arbitrage economy
    value: 3 pillars
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: society, spend
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:29:31
    quote: the future economy relies entirely on three pillars

    id: concepts.lead_times
    label: Lead times that stop capital from fixing memory supply
    value: 2-9 years
    qualifier: -
    basis: interpreted
    reading: "multi-year" read as 2-9 years
    period: -
    period_basis: -
    period_reason: -
    topics: memory, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:35:17
    quote: cannot be fixed by immediate capital injection due to multi-year lead times

    id: semianalysis.lab_build_time
    label: Time SemiAnalysis spent building its hardware lab
    value: 1.5 years
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:02:37
    quote: SemiAnalysis spent 1.5 years building a hardware lab with electron microscopes

    id: semianalysis.lab_claude_cost
    label: Claude code spend to build the lab app
    value: $2-5k
    qualifier: -
    basis: interpreted
    reading: "a few thousand dollars" read as $2k to $5k
    period: -
    period_basis: -
    period_reason: -
    topics: spend, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:02:37
    quote: A single ex-Intel employee used a few thousand dollars of Claude code

    id: semianalysis.lab_builder_headcount
    label: People who built the lab app
    value: 1 person
    qualifier: -
    basis: interpreted
    reading: "A single" read as 1 person
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:02:37
    quote: A single ex-Intel employee used a few thousand dollars of Claude code

    id: semianalysis.lab_replaced_team
    label: Engineering teams whose job the lab app replaced
    value: 1 team
    qualifier: -
    basis: interpreted
    reading: "a full, highly-paid engineering team" read as 1 team
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:02:37
    quote: This entirely replaced what used to be a full, highly-paid engineering team's job

    id: labor.malcolm_tasks_title
    label: Tasks in Malcolm's Phantom GDP map (anecdote title)
    value: 2,000 tasks
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:04:11
    quote: Malcolm's 2,000 Task Phantom GDP Map

    id: labor.malcolm_headcount
    label: People who did Malcolm's analysis
    value: 1 person
    qualifier: -
    basis: interpreted
    reading: "solo" read as 1 person
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:04:11
    quote: Operating completely solo with an AI

    id: labor.malcolm_tasks
    label: BLS job tasks Malcolm analyzed
    value: 2,000 tasks
    qualifier: over
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:04:11
    quote: he analyzed over 2,000 discrete BLS job tasks against an AI capability rubric

    id: labor.malcolm_work_equivalent
    label: Work Malcolm did, in department time
    value: 1 year
    qualifier: -
    basis: interpreted
    reading: "a year's worth" read as 1 year
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:04:11
    quote: doing a year's worth of work for a 200-person economics department

    id: labor.malcolm_department_size
    label: Size of the economics department whose work Malcolm matched
    value: 200 people
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:04:11
    quote: doing a year's worth of work for a 200-person economics department

    id: labor.malcolm_time_taken
    label: Time Malcolm took
    value: 2-5 weeks
    qualifier: -
    basis: interpreted
    reading: "a few weeks" read as 2-5 weeks
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:04:11
    quote: for a 200-person economics department in just a few weeks

    id: labor.competitor_headcount_title
    label: Headcount of the incumbents Jeremy beat (anecdote title)
    value: 100 people
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:06:39
    quote: Jeremy vs. The 100-Person Incumbents

    id: labor.jeremy_duration
    label: Duration of Jeremy's power-grid project
    value: 3 weeks
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: spend, labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:06:39
    quote: In three weeks, a SemiAnalysis employee named Jeremy

    id: labor.jeremy_daily_spend
    label: Jeremy token spend per day
    value: $6,000/day
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: spend
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:06:39
    quote: spent $6,000 a day on tokens

    id: labor.competitor_headcount
    label: Employees at the specialized competitor
    value: 100 people
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:06:39
    quote: a specialized competitor company that had 100 employees working on the same problem for a decade

    id: labor.competitor_duration
    label: Time the competitor worked on the same problem
    value: 10 years
    qualifier: -
    basis: interpreted
    reading: "a decade" read as 10 years
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:06:39
    quote: had 100 employees working on the same problem for a decade

    id: society.molotov_incidents
    label: Molotov cocktail attacks on Sam Altman's house
    value: 2 incidents
    qualifier: -
    basis: interpreted
    reading: "twice" read as 2 incidents
    period: -
    period_basis: -
    period_reason: -
    topics: society
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:42:49
    quote: thrown at OpenAI CEO Sam Altman's house twice in two weeks

    id: society.molotov_window
    label: Time span of the Molotov cocktail attacks
    value: 2 weeks
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: society
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:42:49
    quote: thrown at OpenAI CEO Sam Altman's house twice in two weeks

    id: references.l4_level
    label: Coding level from Claude Opus at SemiAnalysis (L4, references)
    value: 4 levels
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: models
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:01:26
    quote: resulting in L4/L6 level coding capabilities

    id: references.l6_level
    label: Coding level from Claude Opus at SemiAnalysis (L6, references)
    value: 6 levels
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: models
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:01:26
    quote: resulting in L4/L6 level coding capabilities

    id: references.deepseek_cost
    label: Cost of GPT-4 performance with DeepSeek
    value: $0.01
    qualifier: under
    basis: interpreted
    reading: "fractions of a penny" read as under $0.01
    period: -
    period_basis: -
    period_reason: -
    topics: models, costs
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:15:34
    quote: achieving legacy GPT-4 performance for fractions of a penny

    id: references.tsmc_capex
    label: TSMC projected capex (references)
    value: $100B
    qualifier: projected
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: capex, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:35:34
    quote: projected to massively expand capex to $100B

    id: references.fpga_per_rack
    label: FPGAs required per rack (references)
    value: 120 FPGAs/rack
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, supply
    speaker: Dylan Patel
    author: Nuggets AI
    form: paraphrase
    source: summary
    timestamp: 00:37:26
    quote: FPGAs specifically noted as being required at high density (120 per rack)

    id: bottomline.crisis_window
    label: Window for a socio-political crisis against AI labs (bottom line)
    value: 1 quarter
    qualifier: within
    basis: interpreted
    reading: "the next quarter" read as 1 quarter
    period: within 3 months of Apr 2026
    period_basis: inferred
    period_reason: "within the next quarter" counted from the April 2026 interview, one quarter being 3 months
    topics: society
    speaker: Nuggets AI
    author: Nuggets AI
    form: own words
    source: summary
    timestamp: -
    quote: Watch for an impending socio-political crisis within the next quarter

    id: article.semianalysis_spend_last_year
    label: SemiAnalysis AI spend last year
    value: $10-99k
    qualifier: -
    basis: interpreted
    reading: "tens of thousands" read as $10k to $99k
    period: 2025
    period_basis: inferred
    period_reason: "last year" in an article about the April 2026 interview
    topics: spend
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: SemiAnalysis’s own AI spend exploded from tens of thousands last year

    id: article.semianalysis_token_spend
    label: SemiAnalysis annualized AI spend run-rate (article)
    value: $7M/yr
    qualifier: -
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: inferred
    period_reason: "right now" in an article about the April 2026 interview
    topics: spend
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: to $7 million annualized run-rate right now

    id: article.lab_claude_cost
    label: Spend to build the chip reverse-engineering dashboard
    value: $2k
    qualifier: -
    basis: interpreted
    reading: "a couple thousand dollars" read as $2k
    period: -
    period_basis: -
    period_reason: -
    topics: spend, costs
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: One person spent a couple thousand dollars

    id: article.lab_builder_headcount
    label: People who built the chip reverse-engineering dashboard
    value: 1 person
    qualifier: -
    basis: interpreted
    reading: "One person" read as 1 person
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: One person spent a couple thousand dollars

    id: article.lab_replaced_team
    label: Teams the dashboard previously required
    value: 1 team
    qualifier: -
    basis: interpreted
    reading: "an entire Intel team" read as 1 team
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: previously required an entire Intel team

    id: article.malcolm_headcount
    label: People who built Malcolm's grid map and benchmark
    value: 1 person
    qualifier: -
    basis: interpreted
    reading: "single-handedly" read as 1 person
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Economist Malcolm single-handedly built a full US energy-grid mapping

    id: article.malcolm_tasks
    label: Tasks in Malcolm's AI-impact benchmark
    value: 2,000 tasks
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: 2,000-task AI-impact benchmark in weeks

    id: article.malcolm_time_taken
    label: Time Malcolm took (article)
    value: 2-9 weeks
    qualifier: -
    basis: interpreted
    reading: bare plural "weeks" read as 2-9 weeks
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: 2,000-task AI-impact benchmark in weeks

    id: article.malcolm_economists
    label: Economists Malcolm's work would have needed
    value: 200 people
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: This would have taken 200 economists a year.

    id: article.malcolm_work_equivalent
    label: Time 200 economists would have needed
    value: 1 year
    qualifier: -
    basis: interpreted
    reading: "a year" read as 1 year
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: This would have taken 200 economists a year.

    id: anthropic.arr_growth_claim
    label: Anthropic revenue growth multiple claimed by the article
    value: 10x
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: Anthropic revenue has 10x’d from ~$9B to $35–45B ARR

    id: article.anthropic_arr_start
    label: Anthropic ARR starting point (article)
    value: $9B/yr
    qualifier: approximately
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Anthropic revenue has 10x’d from ~$9B to $35–45B ARR

    id: article.anthropic_arr_now
    label: Anthropic ARR reached (article)
    value: $35-45B/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: revenue
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Anthropic revenue has 10x’d from ~$9B to $35–45B ARR

    id: article.anthropic_margin
    label: Anthropic margins now (article; quote keeps "(possibly higher)")
    value: 72%
    qualifier: open-ended
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: inferred
    period_reason: "now" in an article about the April 2026 interview
    topics: margins
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Margins are now 72%+ (possibly higher)

    id: article.robotics_window
    label: Window for a humanoid robotics learning breakthrough
    value: 6-18 months
    qualifier: predicted
    basis: stated
    reading: -
    period: Oct 2026 to Oct 2027
    period_basis: inferred
    period_reason: "in 6–18 months" counted from the April 2026 interview
    topics: robotics
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Dylan predicts a major humanoid robotics learning breakthrough in 6–18 months

    id: article.robotics_window_year
    label: Year of the robotics breakthrough, as the article glosses the window
    value: 2027
    qualifier: predicted
    basis: stated
    reading: -
    period: 2027
    period_basis: stated
    period_reason: -
    topics: robotics
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: in 6–18 months (anytime in 2027)

    id: article.robotics_examples
    label: Examples shown to the robot before it does the task
    value: 1-2 examples
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: robotics
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: show the robot 1–2 examples → it does the task

    id: article.memory_capacity_growth
    label: Memory capacity growth per year (article)
    value: 20-30%/yr
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: memory, supply
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Capacity only grows 20–30%/year.

    id: article.memory_price_increase
    label: Memory price increase (double or triple again)
    value: 2-3x
    qualifier: -
    basis: interpreted
    reading: "double or triple" read as 2-3x
    period: -
    period_basis: -
    period_reason: -
    topics: memory, costs
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Memory prices will double or triple again.

    id: article.tsmc_capex_2028
    label: TSMC projected capex in 2028 (article)
    value: $100B
    qualifier: projected, open-ended
    basis: stated
    reading: -
    period: 2028
    period_basis: stated
    period_reason: -
    topics: capex, supply
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Capex is exploding (projected $100B+ in 2028).

    id: article.hardware_useful_life
    label: H100 cluster useful life (article)
    value: 7-8 years
    qualifier: open-ended
    basis: stated
    reading: -
    period: Apr 2026
    period_basis: inferred
    period_reason: "now lasting" in an article about the April 2026 interview
    topics: hardware, costs
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: clusters now lasting 7–8+ years

    id: article.token_output_multiple
    label: Output multiple to generate with tokens to avoid falling behind
    value: 5-10x
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: aggressively using tokens to generate 5–10× output

    id: article.lazy_hours_worked
    label: Hours worked on the lazy path
    value: 1 hour
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Lazy use (work 1 hour instead of 8) is the wrong path.

    id: article.lazy_hours_factor
    label: Hours of the normal workday the lazy path shrinks to one
    value: 8 hours
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Lazy use (work 1 hour instead of 8) is the wrong path.

    id: article.winning_output_multiple
    label: Winning path output multiple
    value: 8x
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: labor
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: The winning path is 8× output.

    id: article.unrest_deadline
    label: Deadline of the predicted AI unrest (article heading)
    value: Fall 2026
    qualifier: predicted
    basis: stated
    reading: -
    period: Fall 2026
    period_basis: stated
    period_reason: -
    topics: society
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: Bold Prediction of AI unrest by the Fall of 2026

    id: article.protest_window
    label: Window for large-scale public protests against AI
    value: 3 months
    qualifier: predicted, within
    basis: stated
    reading: -
    period: within 3 months of Apr 2026
    period_basis: inferred
    period_reason: "within 3 months" under the "Bold Prediction" heading, counted from the April 2026 interview
    topics: society
    speaker: Dylan Patel
    author: Brian Wang
    form: paraphrase
    source: article
    timestamp: -
    quote: Large-scale public protests against AI (and Anthropic/OpenAI specifically) within 3 months.

    id: article.token_demand_window
    label: Horizon of unlimited, explosive token demand
    value: 6-18 months
    qualifier: open-ended
    basis: stated
    reading: -
    period: Apr 2026 to Oct 2027
    period_basis: inferred
    period_reason: "the next 6–18 months" counted from the April 2026 interview; "(and beyond)" leaves the end open
    topics: spend, supply
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: Token demand is unlimited and explosive for the next 6–18 months (and beyond).

    id: bio.readers
    label: Brian Wang's blog readers per month
    value: 1,000,000 readers/month
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: society
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: a popular Science blogger with 1 million readers per month

    id: bio.rank
    label: Rank of Nextbigfuture.com among science news blogs
    value: 1
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: society
    speaker: Brian Wang
    author: Brian Wang
    form: own words
    source: article
    timestamp: -
    quote: His blog Nextbigfuture.com is ranked #1 Science News Blog.

    id: capex.collective_ai_capex
    label: Collective AI capex projected
    value: $1T
    qualifier: projected, close to
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: capex
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: Collective CapEx is still projected to be close to a trillion dollars

    id: hardware.chip_retirement_cycle
    label: Chip retirement cycle
    value: 3 years
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, capex
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: the retirement of chips in 3 years because they MAY fail

    id: comment.chip_replacement_cycle
    label: Chip replacement cycle
    value: 3 years
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: hardware, capex
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: just replacing them every 3 years

    id: labor.layoff_savings
    label: Labor costs saved by mass layoffs
    value: $100-999B
    qualifier: -
    basis: interpreted
    reading: "100s of billions" read as $100B to $999B
    period: -
    period_basis: -
    period_reason: -
    topics: labor, costs, society
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: saying 100s of billions in labor costs

    id: comment.free_tier_price
    label: Price of the free model versions being phased down
    value: $0
    qualifier: -
    basis: interpreted
    reading: "free" read as $0
    period: -
    period_basis: -
    period_reason: -
    topics: models, revenue
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: phasing down the “free” versions to consumers

    id: china.model_lag
    label: Lag of Chinese models behind US models
    value: 3-6 months
    qualifier: -
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: china, models
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: the real reason China models are lacking behind 3-6 months is not tech but scaling

    id: china.chip_shortage_solved
    label: Time until China solves its AI chip shortage
    value: 2 years
    qualifier: about
    basis: stated
    reading: -
    period: -
    period_basis: -
    period_reason: -
    topics: china, hardware, supply
    speaker: reader
    author: reader
    form: own words
    source: article
    timestamp: -
    quote: In about two years, China going to solve chip lacking problem
    """#
