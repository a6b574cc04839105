variable "name" {
  description = "Name prefix of the cache resources."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of the cache's subnet group."
  type        = list(string)
}

variable "security_group_id" {
  description = "Security group of the cache (ingress from the service instances only)."
  type        = string
}

variable "node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.micro"
}

variable "engine_version" {
  description = "Redis engine version."
  type        = string
  default     = "7.1"
}

variable "replicas" {
  description = "Read replicas of the primary; 1 or more turns on automatic failover across zones."
  type        = number
  default     = 0

  validation {
    condition     = var.replicas >= 0 && var.replicas <= 5
    error_message = "replicas must be 0-5."
  }
}

variable "auth_token_secret_id" {
  description = "Secrets Manager secret holding {\"auth_token\"}."
  type        = string
}
