result:solve["AEIOU"];
show result;
