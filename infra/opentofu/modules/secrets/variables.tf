variable "name" {
  description = "Name prefix of the secrets (<name>/database, <name>/redis, <name>/jwt-signing-keys)."
  type        = string
}

variable "database_username" {
  description = "Master user name of the database, stored beside its password."
  type        = string
  default     = "cadenza"
}

variable "recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once)."
  type        = number
  default     = 7
}
