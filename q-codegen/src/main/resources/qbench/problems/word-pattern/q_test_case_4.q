result:solve["abba";"dog dog dog dog"];
show result;
