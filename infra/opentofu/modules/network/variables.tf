variable "name" {
  description = "Name prefix of the network's resources."
  type        = string
}

variable "cidr_block" {
  description = "CIDR block of the VPC; split into /20 subnets (public: first two, private: from the ninth)."
  type        = string
}

variable "availability_zones" {
  description = "Exactly two availability zones: one public and one private subnet in each."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) == 2
    error_message = "availability_zones must name exactly two zones."
  }
}

variable "nat_gateway_per_az" {
  description = "One NAT gateway per zone instead of one shared gateway."
  type        = bool
  default     = false
}
