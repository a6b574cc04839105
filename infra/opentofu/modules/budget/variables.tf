variable "name" {
  description = "Name prefix of the budget and its topic."
  type        = string
}

variable "monthly_limit_usd" {
  description = "Monthly cost limit in USD."
  type        = number

  validation {
    condition     = var.monthly_limit_usd > 0
    error_message = "monthly_limit_usd must be positive."
  }
}

variable "alert_emails" {
  description = "E-mail addresses to subscribe to the alarm topic."
  type        = list(string)
  default     = []
}

variable "cost_filter_tag_value" {
  description = "Cost allocation tag filter such as user:Project$cadenza; empty budgets the whole account."
  type        = string
  default     = ""
}
