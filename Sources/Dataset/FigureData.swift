/// The interview's figures as text, one block per figure; docs/dataset.md describes the fields.
let figureData = #"""
    id: semianalysis.token_spend
    label: SemiAnalysis annualized token spend on Claude Code
    value: $7M/yr
    period: Apr 2026
    topics: spend, labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:01:30
    quote: By April 2026, the firm reached a $7 million annualized spend rate on Claude Code

    id: semianalysis.payroll
    label: SemiAnalysis total annual salary expense
    value: $25M/yr
    period: Apr 2026
    topics: labor, costs
    speaker: Dylan Patel
    source: summary
    timestamp: 00:01:47
    quote: accounting for over 25% of their total $25 million salary expense

    id: semianalysis.spend_share_of_payroll
    label: Token spend as share of salary expense (over 25%)
    value: 25%
    period: Apr 2026
    topics: spend, labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:01:47
    quote: accounting for over 25% of their total $25 million salary expense

    id: semianalysis.spend_share_of_payroll_year_end
    label: Possible token spend as share of salary expense by year end
    value: 100%
    period: end of 2026
    topics: spend, labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:02:01
    quote: this trajectory could eclipse 100% of their salary expense by the end of the year

    id: semianalysis.output_per_person
    label: Output of one person using Claude Code, in traditional employees
    value: 5-15 people
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:02:20
    quote: an individual utilizing cloud code can achieve the output of 5 to 15 traditional employees

    id: semianalysis.spend_2023
    label: SemiAnalysis AI spend in 2023 ("tens of thousands of dollars")
    value: $10-99k
    period: 2023
    topics: spend
    speaker: Dylan Patel
    source: summary
    timestamp: 00:00:54
    quote: shifted from a marginal tens-of-thousands-of-dollars expense in 2023

    id: anthropic.arr_start
    label: Anthropic revenue run-rate starting point
    value: $9B/yr
    period: -
    topics: revenue
    speaker: Dylan Patel
    source: summary
    timestamp: 00:11:18
    quote: scaling from an initial $9 billion benchmark

    id: anthropic.arr_target
    label: Anthropic targeted ARR
    value: $35-45B/yr
    period: -
    topics: revenue
    speaker: Dylan Patel
    source: summary
    timestamp: 00:11:18
    quote: up to a targeted $35-$45 billion ARR

    id: anthropic.revenue_velocity
    label: Anthropic revenue added per month (reported)
    value: $10B/month
    period: Apr 2026
    topics: revenue
    speaker: Dylan Patel
    source: summary
    timestamp: 00:11:18
    quote: reportedly adding $10 billion a month in revenue velocity

    id: anthropic.gross_margin_early
    label: Anthropic gross margin early in the year (~30%, leaked documents)
    value: 30%
    period: Q1 2026
    topics: margins
    speaker: Dylan Patel
    source: summary
    timestamp: 00:12:02
    quote: Early in the year, leaked funding documents showed Anthropic operating at ~30% gross margins

    id: anthropic.gross_margin_now
    label: Anthropic gross margin floor now
    value: 72%
    period: Apr 2026
    topics: margins
    speaker: Dylan Patel
    source: summary
    timestamp: 00:11:47
    quote: pushing gross margins to a floor of 72%

    id: anthropic.l4_target
    label: Anthropic targeted software engineer level (L4) by end of 2025
    value: 4
    period: end of 2025
    topics: models
    speaker: Dylan Patel
    source: summary
    timestamp: 00:16:43
    quote: they targeted achieving an L4 software engineer capability by the end of 2025

    id: anthropic.mythos_level
    label: Engineering level (L6, Senior) shown by internal Mythos model
    value: 6
    period: Feb 2026
    topics: models
    speaker: Dylan Patel
    source: summary
    timestamp: 00:17:00
    quote: demonstrated L6 (Senior) engineering capabilities

    id: deepseek.cost_reduction
    label: Cost reduction factor of DeepSeek vs GPT-4 class (1/600th the cost)
    value: 600x
    period: -
    topics: models, costs
    speaker: Dylan Patel
    source: summary
    timestamp: 00:15:34
    quote: DeepSeek matching GPT-4 class capabilities at 1/600th the cost

    id: hardware.useful_life_before
    label: Assumed useful life of previous-generation clusters
    value: 5 years
    period: -
    topics: hardware, costs
    speaker: Dylan Patel
    source: summary
    timestamp: 00:31:10
    quote: from an assumed 5 years to 7 or 8 years

    id: hardware.useful_life_after
    label: Extended useful life of previous-generation clusters
    value: 7-8 years
    period: -
    topics: hardware, costs
    speaker: Dylan Patel
    source: summary
    timestamp: 00:31:10
    quote: from an assumed 5 years to 7 or 8 years

    id: memory.capacity_growth
    label: Memory (DRAM and NAND) capacity growth per year
    value: 20-30%/yr
    period: -
    topics: memory, supply
    speaker: Dylan Patel
    source: summary
    timestamp: 00:34:39
    quote: can only grow capacity at 20-30% annually

    id: memory.price_increase
    label: Memory price increase from current levels (double or triple)
    value: 2-3x
    period: -
    topics: memory, costs
    speaker: Dylan Patel
    source: summary
    timestamp: 00:34:39
    quote: ensuring memory prices will double or triple from current levels

    id: memory.incremental_supply_year
    label: Year true incremental memory supply comes online
    value: 2028
    period: 2028
    topics: memory, supply
    speaker: Dylan Patel
    source: summary
    timestamp: 00:34:39
    quote: true incremental supply won't come online until 2028

    id: tsmc.capex_2024
    label: TSMC 2024 capex
    value: $56-57.4B
    period: 2024
    topics: capex, supply
    speaker: Dylan Patel
    source: summary
    timestamp: 00:36:20
    quote: TSMC has upped its 2024 capex to $56-$57.4 billion

    id: tsmc.capex_2028
    label: TSMC projected annual capex by 2028
    value: $100B
    period: 2028
    topics: capex, supply
    speaker: Dylan Patel
    source: summary
    timestamp: 00:36:29
    quote: Patel projects they will hit an unprecedented $100 billion in annual capex by 2028

    id: fpga.per_rack
    label: FPGAs required per next-gen AI rack
    value: 120 FPGAs/rack
    period: -
    topics: hardware, supply
    speaker: Dylan Patel
    source: summary
    timestamp: 00:36:01
    quote: FPGAs (requiring 120 units per next-gen AI rack)

    id: robotics.breakthrough_window
    label: Window for few-shot robotics breakthroughs
    value: 6-18 months
    period: -
    topics: robotics
    speaker: Dylan Patel
    source: summary
    timestamp: 00:23:45
    quote: projected to cause massive breakthroughs in the next 6 to 18 months

    id: society.protest_window
    label: Window for large-scale protests against AI labs
    value: 3 months
    period: -
    topics: society
    speaker: Dylan Patel
    source: summary
    timestamp: 00:42:06
    quote: large-scale physical protests against entities like Anthropic and OpenAI within 3 months

    id: semianalysis.lab_build_time
    label: Time SemiAnalysis spent building its hardware lab
    value: 1.5 years
    period: -
    topics: hardware, labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:02:37
    quote: SemiAnalysis spent 1.5 years building a hardware lab with electron microscopes

    id: semianalysis.lab_claude_cost
    label: Claude code spend to build the lab app ("a few thousand dollars")
    value: $2-5k
    period: -
    topics: spend, costs
    speaker: Dylan Patel
    source: summary
    timestamp: 00:02:37
    quote: A single ex-Intel employee used a few thousand dollars of Claude code

    id: semianalysis.lab_builder_headcount
    label: People who built the lab app (a single ex-Intel employee)
    value: 1 person
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:02:37
    quote: A single ex-Intel employee used a few thousand dollars of Claude code

    id: labor.malcolm_tasks
    label: BLS job tasks Malcolm analyzed (over 2,000)
    value: 2,000 tasks
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:04:11
    quote: he analyzed over 2,000 discrete BLS job tasks against an AI capability rubric

    id: labor.malcolm_department_size
    label: Size of the economics department whose work Malcolm matched
    value: 200 people
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:04:11
    quote: doing a year's worth of work for a 200-person economics department

    id: labor.malcolm_work_equivalent
    label: Work Malcolm did, in department time ("a year's worth")
    value: 1 year
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:04:11
    quote: doing a year's worth of work for a 200-person economics department

    id: labor.malcolm_time_taken
    label: Time Malcolm took ("a few weeks")
    value: 2-5 weeks
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:04:11
    quote: for a 200-person economics department in just a few weeks

    id: labor.jeremy_daily_spend
    label: Jeremy token spend per day
    value: $6,000/day
    period: -
    topics: spend
    speaker: Dylan Patel
    source: summary
    timestamp: 00:06:39
    quote: spent $6,000 a day on tokens

    id: labor.jeremy_duration
    label: Duration of Jeremy's power-grid project
    value: 3 weeks
    period: -
    topics: spend, labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:06:39
    quote: In three weeks, a SemiAnalysis employee named Jeremy spent $6,000 a day on tokens

    id: labor.competitor_headcount
    label: Employees at the specialized competitor
    value: 100 people
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:06:39
    quote: a specialized competitor company that had 100 employees working on the same problem for a decade

    id: labor.competitor_duration
    label: Time the competitor worked on the same problem
    value: 10 years
    period: -
    topics: labor
    speaker: Dylan Patel
    source: summary
    timestamp: 00:06:39
    quote: had 100 employees working on the same problem for a decade

    id: article.semianalysis_token_spend
    label: SemiAnalysis annualized AI spend run-rate (article)
    value: $7M/yr
    period: Apr 2026
    topics: spend
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: to $7 million annualized run-rate right now

    id: article.semianalysis_spend_last_year
    label: SemiAnalysis AI spend last year ("tens of thousands")
    value: $10-99k
    period: 2025
    topics: spend
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: SemiAnalysis’s own AI spend exploded from tens of thousands last year

    id: article.lab_claude_cost
    label: Spend to build the chip reverse-engineering dashboard ("a couple thousand dollars")
    value: $2k
    period: -
    topics: spend, costs
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: One person spent a couple thousand dollars to build a GPU-accelerated chip reverse-engineering dashboard

    id: article.lab_builder_headcount
    label: People who built the chip reverse-engineering dashboard
    value: 1 person
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: One person spent a couple thousand dollars

    id: article.malcolm_tasks
    label: Tasks in Malcolm's AI-impact benchmark
    value: 2,000 tasks
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: 2,000-task AI-impact benchmark in weeks

    id: article.malcolm_economists
    label: Economists Malcolm's work would have needed
    value: 200 people
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: This would have taken 200 economists a year.

    id: article.malcolm_work_equivalent
    label: Time 200 economists would have needed
    value: 1 year
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: This would have taken 200 economists a year.

    id: anthropic.arr_growth_claim
    label: Anthropic revenue growth multiple claimed by the article
    value: 10x
    period: -
    topics: revenue
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Anthropic revenue has 10x’d from ~$9B to $35–45B ARR

    id: article.anthropic_arr_start
    label: Anthropic ARR starting point (~$9B, article)
    value: $9B/yr
    period: -
    topics: revenue
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Anthropic revenue has 10x’d from ~$9B to $35–45B ARR

    id: article.anthropic_arr_now
    label: Anthropic ARR reached (article)
    value: $35-45B/yr
    period: Apr 2026
    topics: revenue
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Anthropic revenue has 10x’d from ~$9B to $35–45B ARR

    id: article.anthropic_margin
    label: Anthropic margins now (72%+, possibly higher)
    value: 72%
    period: Apr 2026
    topics: margins
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Margins are now 72%+ (possibly higher)

    id: article.robotics_window
    label: Window for a humanoid robotics learning breakthrough
    value: 6-18 months
    period: 2027
    topics: robotics
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: major humanoid robotics learning breakthrough in 6–18 months (anytime in 2027)

    id: article.memory_capacity_growth
    label: Memory capacity growth per year (article)
    value: 20-30%/yr
    period: -
    topics: memory, supply
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Memory (DRAM especially) is the biggest near-term crunch. Capacity only grows 20–30%/year.

    id: article.memory_price_increase
    label: Memory price increase (double or triple again)
    value: 2-3x
    period: -
    topics: memory, costs
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Memory prices will double or triple again.

    id: article.tsmc_capex_2028
    label: TSMC projected capex in 2028 ($100B+)
    value: $100B
    period: 2028
    topics: capex, supply
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Capex is exploding (projected $100B+ in 2028).

    id: article.hardware_useful_life
    label: H100 cluster useful life (7–8+ years)
    value: 7-8 years
    period: -
    topics: hardware, costs
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: clusters now lasting 7–8+ years

    id: article.token_output_multiple
    label: Output multiple to generate with tokens to avoid falling behind
    value: 5-10x
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: aggressively using tokens to generate 5–10× output

    id: article.lazy_hours_factor
    label: Lazy path: reduction factor in hours worked (1 hour instead of 8)
    value: 8x
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Lazy use (work 1 hour instead of 8) is the wrong path.

    id: article.winning_output_multiple
    label: Winning path output multiple
    value: 8x
    period: -
    topics: labor
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: The winning path is 8× output.

    id: article.protest_window
    label: Window for large-scale public protests against AI
    value: 3 months
    period: -
    topics: society
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Large-scale public protests against AI (and Anthropic/OpenAI specifically) within 3 months.

    id: article.token_demand_window
    label: Horizon of unlimited, explosive token demand
    value: 6-18 months
    period: -
    topics: spend, supply
    speaker: Brian Wang
    source: article
    timestamp: -
    quote: Token demand is unlimited and explosive for the next 6–18 months (and beyond).

    id: capex.collective_ai_capex
    label: Collective AI capex projected (close to a trillion dollars)
    value: $1T
    period: -
    topics: capex
    speaker: reader comment
    source: article
    timestamp: -
    quote: Collective CapEx is still projected to be close to a trillion dollars

    id: hardware.chip_retirement_cycle
    label: Chip retirement cycle
    value: 3 years
    period: -
    topics: hardware, capex
    speaker: reader comment
    source: article
    timestamp: -
    quote: the retirement of chips in 3 years because they MAY fail

    id: labor.layoff_savings
    label: Labor costs saved by mass layoffs ("100s of billions")
    value: $100-999B
    period: -
    topics: labor, costs, society
    speaker: reader comment
    source: article
    timestamp: -
    quote: saying 100s of billions in labor costs

    id: china.model_lag
    label: Lag of Chinese models behind US models
    value: 3-6 months
    period: -
    topics: china, models
    speaker: reader comment
    source: article
    timestamp: -
    quote: the real reason China models are lacking behind 3-6 months is not tech but scaling

    id: china.chip_shortage_solved
    label: Time until China solves its AI chip shortage
    value: 2 years
    period: -
    topics: china, hardware, supply
    speaker: reader comment
    source: article
    timestamp: -
    quote: In about two years, China going to solve chip lacking problem
    """#
