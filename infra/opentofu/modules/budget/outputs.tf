output "topic_arn" {
  description = "ARN of the budget alarm topic."
  value       = aws_sns_topic.budget.arn
}

output "budget_name" {
  description = "Name of the monthly budget."
  value       = aws_budgets_budget.monthly.name
}
