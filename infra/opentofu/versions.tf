terraform {
  # OpenTofu 1.10+ (or Terraform 1.10+: the configuration uses nothing specific to either; 1.10 is
  # the first with S3 state locking without DynamoDB, use_lockfile in backend.tf.example).
  required_version = ">= 1.10.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.70, < 6.0"
    }
  }

  # State stays local unless a backend is configured: copy backend.tf.example to backend.tf
  # (S3 with encryption and locking) before the first deploy of a shared environment.
}

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}
