solve:{[prices] max prices-mins prices}
