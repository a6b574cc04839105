variable "name" {
  description = "Name prefix of the security groups."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the security groups."
  type        = string
}

variable "app_port" {
  description = "Application port of the instances."
  type        = number
}

variable "admin_port" {
  description = "Admin (health check) port of the instances."
  type        = number
}

variable "https_enabled" {
  description = "Open 443 on the load balancer (a certificate is configured)."
  type        = bool
}

variable "ssh_ingress_cidrs" {
  description = "Networks allowed to SSH to the instances; empty means none."
  type        = list(string)
  default     = []

  validation {
    condition     = !contains(var.ssh_ingress_cidrs, "0.0.0.0/0") && !contains(var.ssh_ingress_cidrs, "::/0")
    error_message = "SSH is never open to the whole internet."
  }
}
