result:solve["MCMXCIV"];
show result;
