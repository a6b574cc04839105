variable "name" {
  description = "Name prefix of the database resources."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets (two zones) of the database's subnet group."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "The database needs subnets in at least two availability zones."
  }
}

variable "security_group_id" {
  description = "Security group of the database (ingress from the service instances only)."
  type        = string
}

variable "engine_version" {
  description = "PostgreSQL version (major, or major.minor)."
  type        = string
  default     = "17"
}

variable "instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.micro"
}

variable "database_name" {
  description = "Name of the service's database."
  type        = string
  default     = "cadenza"
}

variable "allocated_storage_gb" {
  description = "Initial storage in GB."
  type        = number
  default     = 20
}

variable "max_allocated_storage_gb" {
  description = "Storage autoscaling upper bound in GB."
  type        = number
  default     = 100
}

variable "backup_retention_days" {
  description = "Days of automated backups (1-35)."
  type        = number
  default     = 7

  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be 1-35: backups stay on."
  }
}

variable "multi_az" {
  description = "Multi-AZ deployment with a standby."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Protect the database against deletion."
  type        = bool
  default     = true
}

variable "master_password_secret_id" {
  description = "Secrets Manager secret holding {\"username\", \"password\"} of the master user."
  type        = string
}
