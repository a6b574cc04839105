variable "name" {
  description = "Name prefix of the load balancer resources (keep it short: ALB names are at most 32 characters)."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the target group."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets (two zones) of the load balancer."
  type        = list(string)
}

variable "security_group_id" {
  description = "Security group of the load balancer."
  type        = string
}

variable "app_port" {
  description = "Port the targets serve requests on."
  type        = number
}

variable "admin_port" {
  description = "Port of the targets' health endpoint."
  type        = number
}

variable "health_check_path" {
  description = "Path of the targets' liveness endpoint."
  type        = string
  default     = "/ping"
}

variable "certificate_arn" {
  description = "ACM certificate ARN; empty for HTTP only."
  type        = string
  default     = ""
}
