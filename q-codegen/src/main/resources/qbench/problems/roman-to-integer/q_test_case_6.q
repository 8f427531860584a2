result:solve["MMXXV"];
show result;
