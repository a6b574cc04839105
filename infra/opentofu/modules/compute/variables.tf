variable "name" {
  description = "Name prefix of the compute resources."
  type        = string
}

variable "region" {
  description = "AWS region (for the AWS CLI and the log driver on the instances)."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets (two zones) of the auto-scaling group."
  type        = list(string)
}

variable "security_group_id" {
  description = "Security group of the instances (ingress from the load balancer only)."
  type        = string
}

variable "target_group_arn" {
  description = "Load balancer target group the instances register with."
  type        = string
}

variable "container_image" {
  description = "Container image of the service, with a tag or digest."
  type        = string
}

variable "ami_ssm_parameter" {
  description = "SSM parameter naming the AMI (Amazon Linux 2023; must match the instance type's architecture)."
  type        = string
  default     = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

variable "instance_type" {
  description = "EC2 instance type."
  type        = string
  default     = "t3.small"
}

variable "app_port" {
  description = "Application port (CADENZA_HTTP_PORT)."
  type        = number
  default     = 8080
}

variable "admin_port" {
  description = "Admin port (CADENZA_ADMIN_PORT)."
  type        = number
  default     = 8081
}

variable "min_size" {
  description = "Minimum number of instances."
  type        = number
  default     = 1

  validation {
    condition     = var.min_size >= 1
    error_message = "min_size must be at least 1."
  }
}

variable "max_size" {
  description = "Maximum number of instances."
  type        = number
  default     = 3

  validation {
    condition     = var.max_size >= 1
    error_message = "max_size must be at least 1."
  }
}

variable "cpu_target_percent" {
  description = "Target average CPU utilisation for target tracking scaling."
  type        = number
  default     = 50

  validation {
    condition     = var.cpu_target_percent >= 10 && var.cpu_target_percent <= 90
    error_message = "cpu_target_percent must be 10-90."
  }
}

variable "log_retention_days" {
  description = "Retention of the container log group in days."
  type        = number
  default     = 30
}

variable "database_host" {
  description = "Database host name."
  type        = string
}

variable "database_port" {
  description = "Database port."
  type        = number
}

variable "database_name" {
  description = "Database name."
  type        = string
}

variable "database_secret_id" {
  description = "ARN of the secret with the database credentials."
  type        = string
}

variable "redis_host" {
  description = "Redis primary endpoint."
  type        = string
}

variable "redis_port" {
  description = "Redis port."
  type        = number
}

variable "redis_secret_id" {
  description = "ARN of the secret with the Redis AUTH token."
  type        = string
}

variable "jwt_secret_id" {
  description = "ARN of the secret with the token signing keys."
  type        = string
}

variable "bucket_name" {
  description = "S3 bucket of the service's files."
  type        = string
}

variable "bucket_arn" {
  description = "ARN of that bucket (instance permissions)."
  type        = string
}
