variable "name" {
  description = "Name prefix of the bucket (<name>-files-<account id>)."
  type        = string
}

variable "force_destroy" {
  description = "Allow destroying the bucket with its objects."
  type        = bool
  default     = false
}

variable "noncurrent_version_days" {
  description = "Days after which overwritten or deleted object versions expire."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_days >= 1
    error_message = "noncurrent_version_days must be at least 1."
  }
}
